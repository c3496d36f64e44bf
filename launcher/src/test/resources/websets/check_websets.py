#!/usr/bin/env python3
"""Consistency check for the web evaluation sets (webdev.jsonl, webheldout.jsonl).

usage: python3 check_websets.py FILE.jsonl [FILE.jsonl ...]

For every line: it is a JSON object with the expected fields; every mention string occurs in the article's
body (or title) at least as many times as it is listed, summed over all entities; every entity id has the
prefix its type calls for; every furniture string occurs in the body once HTML tags are stripped, character
references decoded and whitespace is folded (tags replaced by nothing, and again by a space, so that no item straddles markup).
Prints a summary per file and exits non-zero on the first file with a problem.
"""
import html as markup
import json
import re
import sys
from collections import Counter

PREFIX = {'PERSON': 'person:', 'ORGANIZATION': 'org:', 'COUNTRY': 'country:', 'LOCATION': 'location:'}


def strip(body, html, rep):
    if html:
        body = re.sub(r'<(script|style)\b.*?</\1>', rep, body, flags=re.S)
        body = markup.unescape(re.sub(r'<[^>]+>', rep, body))
    return re.sub(r'\s+', ' ', body).strip()


def check(path):
    problems, n_art, n_ent, n_men, n_furn = [], 0, 0, 0, 0
    ids = set()
    for no, line in enumerate(open(path, encoding='utf-8'), 1):
        rec = json.loads(line)
        n_art += 1
        where = '%s:%d %s' % (path, no, rec.get('id'))
        for k in ('id', 'domain', 'article', 'entities', 'furniture'):
            if k not in rec:
                problems.append('%s: missing %s' % (where, k))
        if rec['id'] in ids:
            problems.append('%s: duplicate id' % where)
        ids.add(rec['id'])
        art = rec['article']
        for k in ('source', 'id', 'url', 'publishedAt', 'language', 'contentType', 'body'):
            if k not in art:
                problems.append('%s: article.%s missing' % (where, k))
        html = art['contentType'] == 'text/html'
        text = art['body'] + '\n' + art.get('title', '')
        wanted = Counter()
        seen = set()
        for e in rec['entities']:
            n_ent += 1
            if e['id'] in seen:
                problems.append('%s: entity %s listed twice' % (where, e['id']))
            seen.add(e['id'])
            if not e['id'].startswith(PREFIX[e['type']]):
                problems.append('%s: %s is not a %s id' % (where, e['id'], e['type']))
            if not e['mentions']:
                problems.append('%s: %s has no mentions' % (where, e['id']))
            for m in e['mentions']:
                n_men += 1
                wanted[m] += 1
        for m, n in wanted.items():
            # a string listed n times (over all entities) must occur at least n times
            if text.count(m) < n:
                problems.append('%s: mention %r listed %d times, found %d' % (where, m, n, text.count(m)))
        flat_none, flat_space = strip(art['body'], html, ''), strip(art['body'], html, ' ')
        for f in rec['furniture']:
            n_furn += 1
            if f not in flat_none or f not in flat_space:
                problems.append('%s: furniture not in stripped body: %r' % (where, f[:70]))
    print('%s: %d articles, %d entities, %d mentions, %d furniture items' % (path, n_art, n_ent, n_men, n_furn))
    for p in problems:
        print('  ' + p)
    return not problems


if __name__ == '__main__':
    ok = all([check(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
