#!/usr/bin/env python3
"""Build the story clustering evaluation set.

usage (from the repository root):  python3 tools/stories/build_clustering_set.py [--edits]
    --edits        also list the edits applied to each copy
    --similarity   do not build; print word-trigram Jaccard of copies and near misses with their originals

Reads English originals from two of newsflow's hand-written evaluation sets
    launcher/src/test/resources/websets/webdev.jsonl        (whole publisher pages, text/plain and text/html)
    enrich-service/src/test/resources/devset/devset.jsonl   (short agency articles as zones)
and the hand-written near misses in tools/stories/near-misses.jsonl, and writes
    launcher/src/test/resources/stories/clustering-set.jsonl
one JSON object per line: {"id", "group", "kind", "split", "article"} where article has the articles.raw shape
(source, id, url, publishedAt, language, contentType, body).

kinds:
    original    an article from the sets above, re-dated into March 2026
    copy        the same story syndicated to another site 5 minutes to 48 hours later, lightly edited
                (new headline, trimmed paragraphs, other furniture, dateline, byline, small word changes ...)
    late-copy   such a copy published 4 to 7 days after the original (outside the 72-hour window)
    near-miss   a different, independently written report of the same event (own group)
    unrelated   another article from the same sets (own group)

Gold: two articles are the same story iff they have the same group and neither is a late-copy
(a late-copy is scored as a singleton).  The build is deterministic: stdlib only, one seeded Random.
The held-out set (webheldout.jsonl) is never read; the pages are picked by id.
"""
import html
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

SEED = 20261204
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WEBDEV = 'launcher/src/test/resources/websets/webdev.jsonl'
DEVSET = 'enrich-service/src/test/resources/devset/devset.jsonl'
NEAR = 'tools/stories/near-misses.jsonl'
OUT = 'launcher/src/test/resources/stories/clustering-set.jsonl'

# ---------------------------------------------------------------------------------------------------------------
# Originals: (key, publishedAt, dateline city used when the first paragraph has none, alternative headlines)
# keys are webdev record ids or "devset:<id>".
ORIGINALS = [
    ('webdev-23', '2026-03-01T03:40:00Z', 'LEXINGTON, Ky.', [
        'Kentucky stuns No. 5 Tennessee on Pierce buzzer-beater',
        'Pierce shot at the horn ends Tennessee’s 11-game streak',
        'Wildcats beat Vols 78-76 at Rupp Arena']),
    ('webdev-48', '2026-03-02T09:00:00Z', 'BERLIN', [
        'Germany returns last 40 Benin Bronzes from Berlin',
        'Humboldt Forum hands over final Benin Bronzes to Nigeria',
        'Berlin completes return of 514 Benin Bronzes']),
    ('devset:pol-01', '2026-03-02T14:20:00Z', 'OSLO', [
        'Denmark and Norway support EU Arctic shipping proposal',
        'Riisager and Tveit meet in Oslo on Arctic routes']),
    ('webdev-12', '2026-03-03T17:45:00Z', 'MONTREAL', [
        'Cohere agrees to buy Parlance Labs for C$1.6 billion',
        'Cohere to acquire Montreal AI start-up Parlance',
        'Canadian AI firm Cohere makes biggest acquisition yet']),
    ('webdev-29', '2026-03-03T19:10:00Z', 'PRISTINA', [
        'Kosovo reopens Mitrovica bridge to traffic, angering Serbia',
        'Cars cross Ibar bridge in Mitrovica for first time since 2011',
        'Serbia to raise Mitrovica bridge opening at UN']),
    ('webdev-06', '2026-03-03T20:04:00Z', 'GALWAY', [
        'Galway councillors vote 11-7 for Salthill promenade cycle track',
        'Salthill cycle lane approved despite traders’ objections',
        'Green light for €7.4m Salthill cycleway']),
    ('webdev-11', '2026-03-04T07:05:00Z', 'TOKYO', [
        'Nikkei hits record close as yen weakens past 158',
        'Japanese stocks at record high; Toyota jumps 4%',
        'Tokyo shares close at all-time high on weak yen']),
    ('devset:pol-02', '2026-03-04T16:30:00Z', 'BRUSSELS', [
        'NATO defence ministers meet amid Russian build-up near Finland',
        'Voss urges Moscow restraint as NATO ministers gather']),
    ('webdev-10', '2026-03-05T19:20:00Z', 'TBILISI', [
        'Georgia passes foreign-funding media law; tens of thousands protest in Tbilisi',
        'Thousands march in Tbilisi after parliament approves media law',
        'Georgian parliament adopts media law criticised by EU']),
    ('webdev-04', '2026-03-06T06:30:00Z', 'TALLINN', [
        'Kestrel Dynamics raises €45 million to triple drone output',
        'Tartu drone maker Kestrel lands Series B led by Plural',
        'Estonian drone firm raises €45m on NATO demand']),
    ('devset:pol-08', '2026-03-06T11:15:00Z', 'NAIROBI', [
        'African leaders meet in Nairobi on climate finance',
        'Kamau urges World Bank, IMF to ease debt rules']),
    ('webdev-24', '2026-03-07T02:15:00Z', 'DETROIT', [
        'Detroit approves $48 million plan to overhaul DDOT buses',
        'Council votes 7-2 for more frequent Detroit buses',
        'Detroit bus network to get 120 more drivers, 40 new buses']),
    ('webdev-09', '2026-03-08T04:12:00Z', 'ATLANTA', [
        'Georgia edges Alabama 27-24 for SEC championship',
        'Whitfield runs in late score as Bulldogs beat Tide in Atlanta',
        'Bulldogs win SEC title on Whitfield’s 6-yard run']),
    ('webdev-01', '2026-03-08T22:41:00Z', 'VALENCIA', [
        'Late Castillo header sinks Sevilla as Valencia pull clear of drop zone',
        'Valencia 2-1 Sevilla: Mbemba inspires comeback at Mestalla',
        'Substitute Mbemba turns game as Valencia beat Sevilla']),
    ('webdev-28', '2026-03-09T08:40:00Z', 'MELBOURNE', [
        'Hollis takes five as Australia close in on MCG win',
        'India collapse for 187; Australia need 36 to win',
        'Australia on brink of 2-1 series lead after India collapse']),
    ('devset:bus-01', '2026-03-09T13:45:00Z', 'FRANKFURT', [
        'ECB keeps rates on hold as inflation eases',
        'Ferrante: ECB will not rush to cut rates']),
    ('webdev-03', '2026-03-10T08:12:00Z', 'LAGOS', [
        'Lagos fintech Paystride raises $60 million in Partech-led round',
        'Paystride eyes Kenya, Ghana and banking licence after $60m raise',
        'Nigerian payments firm Paystride secures $60m']),
    ('webdev-53', '2026-03-10T19:45:00Z', 'NAIROBI', [
        'Kenya parliament passes finance bill amid protests',
        'Police fire tear gas as Kenyan MPs approve tax bill',
        'Kenyan lawmakers approve finance bill by 211 votes to 147']),
    ('webdev-25', '2026-03-11T10:05:00Z', 'HELSINKI', [
        'Finnish wholesaler Tukkuri still disrupted after ransomware attack',
        'Akira ransomware attack leaves Finnish shops short of fresh food',
        'Tukkuri cyberattack: fresh food orders taken by phone']),
    ('devset:bus-02', '2026-03-11T07:00:00Z', 'COPENHAGEN', [
        'Maersk quarterly profit down 60%',
        'Maersk shares fall as profit slumps']),
    ('webdev-56', '2026-03-12T10:25:00Z', 'OSLO', [
        'Norwegian raises 2026 profit guidance after record quarter',
        'Norwegian Air Shuttle lifts outlook; shares jump 7%',
        'Summer demand drives Norwegian to record second quarter']),
    ('webdev-07', '2026-03-12T22:30:00Z', 'LONDON', [
        'Malaria vaccine linked to 19% drop in child deaths, Lancet study shows',
        'R21 vaccine cuts child deaths in West Africa rollout',
        'Study: malaria shot reduced deaths among young children by a fifth']),
    ('webdev-30', '2026-03-13T16:55:00Z', 'LONDON', [
        'Cocoa futures fall to 18-month low on strong Ivorian arrivals',
        'Cocoa prices slide as Ivory Coast harvest beats forecasts',
        'London cocoa drops 3.8% as supply fears ease']),
    ('devset:bus-05', '2026-03-13T09:30:00Z', 'WOLFSBURG', [
        'VW to cut 3,000 jobs in Wolfsburg',
        'Volkswagen announces Wolfsburg job cuts; IG Metall vows fight']),
    ('webdev-05', '2026-03-14T17:58:00Z', 'HULL', [
        'Hull go top of Championship as Mensah scores twice against Derby',
        'Mensah double lifts Hull above Middlesbrough',
        'Derby lose fifth in a row as Hull win 2-1']),
    ('devset:spo-01', '2026-03-14T20:05:00Z', 'OSLO', [
        'Norway 2 Denmark 1: Haugland strikes at Ullevaal',
        'Norway edge Denmark in Nations League']),
    ('webdev-51', '2026-03-15T16:35:00Z', 'MONZA', [
        'Vitali wins Italian Grand Prix for Ferrari',
        'Ferrari’s Vitali wins at Monza, closes gap to Verbeek',
        'First Italian winner at Monza since 1966']),
    ('webdev-34', '2026-03-16T01:20:00Z', 'INDIAN WELLS, Calif.', [
        'Ibáñez beats Seitkali to win Indian Wells title',
        'Ibáñez saves two match points to win BNP Paribas Open',
        'Mexico’s Ibáñez wins biggest title of her career']),
    ('webdev-36', '2026-03-16T15:05:00Z', 'NEW DELHI', [
        'India to cut whisky duty to 40% by next April',
        'UK and India bring forward tariff cuts on Scotch and cars',
        'MPs push for services deal as India speeds up whisky tariff cuts']),
    ('devset:tec-02', '2026-03-16T10:40:00Z', 'BRUSSELS', [
        'Apple fined €1.8bn by EU over music streaming',
        'Brussels hits Apple with 1.8 billion euro fine']),
    ('webdev-02', '2026-03-17T07:55:00Z', 'BRUSSELS', [
        'EU agrees 2027 fishing quotas, trims North Sea cod by 8%',
        'Overnight talks end with EU deal on catch limits',
        'EU ministers agree smaller-than-proposed cuts to cod and herring quotas']),
    ('devset:spo-04', '2026-03-17T22:10:00Z', 'COPENHAGEN', [
        'Copenhagen beat Manchester United 4-3 to reach last 16',
        'Benali winner sends FC Copenhagen through']),
    ('webdev-22', '2026-03-18T13:20:00Z', 'FRANKFURT', [
        'Lufthansa to buy remaining 59% of ITA Airways',
        'Lufthansa exercises option to take full control of ITA',
        'Lufthansa bids for full ownership of ITA in €830m deal']),
    ('webdev-46', '2026-03-18T12:50:00Z', 'DHAKA', [
        'Dhaka releases Wolbachia mosquitoes to fight record dengue outbreak',
        'Bangladesh starts Wolbachia mosquito releases in Mirpur and Jatrabari',
        'Lab-bred mosquitoes released in Dhaka as dengue cases soar']),
    ('webdev-35', '2026-03-19T02:10:00Z', 'VALPARAÍSO', [
        'Chile Senate approves pension reform 27-23',
        'Chilean senators back overhaul of AFP pension system',
        'Chile pension bill passes Senate after all-night debate']),
    ('webdev-39', '2026-03-19T11:40:00Z', 'ZURICH', [
        'Swiss watch exports fall 14.2% in October',
        'Watch exports to US drop 31% as tariff hits Swiss makers',
        'Swiss watch exports decline for sixth straight month']),
    ('webdev-58', '2026-03-20T22:15:00Z', 'BRASÍLIA', [
        'Banco do Brasil Q3 profit down 22% on farm defaults',
        'Banco do Brasil cuts guidance as agribusiness defaults rise',
        'Farm-loan defaults hit Banco do Brasil earnings']),
    ('webdev-20', '2026-03-21T18:55:00Z', 'DORTMUND', [
        'Late Amankwah goal earns Dortmund 2-2 draw with Bayern',
        'Dortmund 2 Bayern 2: leaders’ lead cut to two points',
        'Bayern held in Der Klassiker as Leverkusen win']),
    ('webdev-18', '2026-03-22T08:00:00Z', 'REYKJAVIK', [
        'Vatnajökull loses record 9 cubic km of ice in a year',
        'Record melt at Iceland’s largest glacier, scientists say',
        'Iceland glacier survey finds biggest annual ice loss on record']),
    ('devset:loc-02', '2026-03-23T06:45:00Z', 'BERGEN', [
        'Bergen streets flooded after 100mm of rain',
        'Tunnels closed as heavy rain floods Bergen']),
]

# Unrelated articles: the rest of the two sets, a fixed selection (each its own group, dated by the script).
UNRELATED = ['webdev-13', 'webdev-14', 'webdev-15', 'webdev-16', 'webdev-26', 'webdev-31', 'webdev-32', 'webdev-33',
             'webdev-37', 'webdev-40', 'webdev-42', 'webdev-44', 'webdev-45', 'webdev-54', 'webdev-55', 'webdev-57',
             'webdev-59', 'webdev-60', 'webdev-63', 'webdev-64',
             'devset:pol-03', 'devset:pol-05', 'devset:pol-06', 'devset:bus-03', 'devset:bus-04', 'devset:bus-07',
             'devset:spo-02', 'devset:tec-01', 'devset:tec-05', 'devset:loc-04']

# devset articles have no source, id, url or date: these publishers are invented for them.
DEVSET_SOURCES = {
    'politics': ('northerndispatch', 'nd', 'https://www.northerndispatch.eu/politics/{y}/{m}/{d}/{slug}'),
    'business': ('marketline-europe', 'mle', 'https://marketline-europe.com/business/{slug}-{y}{m}{d}'),
    'sport': ('nordicsportwire', 'nsw', 'https://www.nordicsportwire.com/{y}/{m}/{d}/{slug}'),
    'technology': ('techcurrent-eu', 'tce', 'https://techcurrent.eu/news/{slug}'),
    'local': ('localnordic', 'lnd', 'https://www.localnordic.com/{y}/{m}/{slug}'),
}

SECTION = {'sport': 'sport', 'politics': 'world', 'business': 'business', 'tech': 'technology',
           'technology': 'technology', 'local': 'local', 'science': 'science', 'culture': 'culture'}
KICKER = {'sport': 'Sport', 'politics': 'World', 'business': 'Business', 'tech': 'Tech', 'technology': 'Tech',
          'local': 'Local news', 'science': 'Science', 'culture': 'Culture'}

# ---------------------------------------------------------------------------------------------------------------
# The syndication sites (invented).  spell: the spelling their sub-editors use; html: chance a copy is text/html.
SITES = [
    dict(source='worlddesk', name='World Desk', domain='www.worlddesk.news', spell='uk', html=0.6, wire='World Desk',
         owner='World Desk Media Ltd, London', nl='The World Desk Briefing', tag='The world, explained',
         id='wd-{y}{m}{d}-{n}', url='https://www.worlddesk.news/{section}/{y}/{m}/{d}/{slug}'),
    dict(source='metrowire', name='MetroWire', domain='metrowire.com', spell='us', html=0.3, wire='MetroWire',
         owner='MetroWire Inc., Chicago', nl='MetroWire Morning', tag='News as it breaks',
         id='{slug}-{n}', url='https://metrowire.com/{section}/{slug}-{n}'),
    dict(source='thedailycompass', name='The Daily Compass', domain='www.thedailycompass.com', spell='us', html=0.7,
         wire='Daily Compass', owner='Daily Compass Publishing LLC, Denver', nl='Compass Points',
         tag='Find your bearings', id='dc{n}', url='https://www.thedailycompass.com/story/{n}/{slug}'),
    dict(source='harbourtimes', name='Harbour Times', domain='www.harbourtimes.com.au', spell='uk', html=0.5,
         wire='Harbour Times', owner='Harbour Times Pty Ltd, Sydney', nl='The Harbour Times Daily',
         tag='News from the harbour city and the world', id='ht-{n}',
         url='https://www.harbourtimes.com.au/news/{section}/{slug}/{n}'),
    dict(source='newsfeedhub', name='NewsFeed Hub', domain='newsfeedhub.net', spell='us', html=0.2, wire='NFH',
         owner='NewsFeed Hub, San Jose, California', nl='the Hub Digest', tag='Every story, one feed',
         id='nfh{y}{m}{d}{n}', url='https://newsfeedhub.net/a/{y}{m}{d}{n}'),
    dict(source='courierbay', name='Courier Bay', domain='www.courierbay.co.uk', spell='uk', html=0.5,
         wire='Courier Bay', owner='Courier Bay Ltd, Cardiff', nl='Courier Bay Evening', tag='Independent since 1998',
         id='cb-{section}-{n}', url='https://www.courierbay.co.uk/{section}/{slug}-{n}'),
    dict(source='northlightnews', name='Northlight News', domain='northlightnews.ca', spell='uk', html=0.6,
         wire='Northlight', owner='Northlight News Inc., Winnipeg', nl='Northlight at Noon',
         tag='Canadian and world news', id='nl-{y}-{m}-{d}-{slug}', url='https://northlightnews.ca/{y}/{m}/{d}/{slug}'),
    dict(source='pressroomdaily', name='Pressroom Daily', domain='www.pressroomdaily.com', spell='us', html=0.5,
         wire='Pressroom', owner='Pressroom Daily LLC, New York', nl='The Pressroom Rundown',
         tag='Wire news, edited', id='prd-{n}', url='https://www.pressroomdaily.com/{section}/{y}/{m}/{d}/{slug}'),
    dict(source='atlasbulletin', name='Atlas Bulletin', domain='atlasbulletin.org', spell='us', html=0.4,
         wire='Atlas Bulletin', owner='Atlas Bulletin Foundation, Boston', nl='Atlas Weekly',
         tag='Nonprofit news for a connected world', id='ab{n}', url='https://atlasbulletin.org/{section}/{slug}'),
    dict(source='riverstonenews', name='Riverstone News', domain='www.riverstonenews.com', spell='us', html=0.5,
         wire='Riverstone', owner='Riverstone Media Group, Portland, Oregon', nl='Riverstone Today',
         tag='Local roots, world news', id='rsn-{y}{m}{d}-{n}', url='https://www.riverstonenews.com/news/{n}-{slug}'),
    dict(source='capitalcrier', name='The Capital Crier', domain='www.capitalcrier.co.uk', spell='uk', html=0.4,
         wire='Crier', owner='Capital Crier Ltd, Edinburgh', nl='The Crier’s Cut', tag='Scotland and the world',
         id='cc{n}', url='https://www.capitalcrier.co.uk/{section}/{slug}-cc{n}', caps=True),
    dict(source='signalnewsroom', name='Signal Newsroom', domain='signalnewsroom.com', spell='us', html=0.6,
         wire='Signal', owner='Signal Newsroom PBC, Austin, Texas', nl='Signal Boost', tag='Clear news, no noise',
         id='sig-{n}', url='https://signalnewsroom.com/{y}/{m}/{slug}'),
]

NAMES = ['Hannah Okafor-Reyes', 'Mateo Lindqvist', 'Priya Castellanos', 'Tom Ashdown', 'Ines Varga', 'Kofi Mensah-Hart',
         'Leila Haddad', 'Owen MacRae', 'Sunita Rao-Bennett', 'Daniel Brook', 'Amara Diallo', 'Jonas Petersen',
         'Clare Whitmore', 'Rafael Ortega', 'Yuki Halvorsen', 'Beatriz Lunde', 'Samuel Achebe-Ross', 'Nadia Kowal',
         'Eamon Fitzgerald', 'Grace Tan-Morales', 'Lucas Weber', 'Fiona Aldridge', 'Marcus Oyelaran', 'Sofia Brandt',
         'Patrick Nwosu', 'Elena Marsh', 'Ravi Sandhu', 'Maja Holm', 'Adrian Kovač', 'Chloe Ferreira']

# Headlines for "Most read" and "Related" furniture (invented), mixed with headlines of other stories in the set.
FILLER = [
    'City council delays vote on new parking charges', 'Heatwave warning issued for the weekend',
    'Five things to know before the markets open', 'Police appeal for witnesses after motorway crash',
    'Why renters are leaving the capital in record numbers', 'Airline cancels 200 flights as pilots strike',
    'Review: the new thriller everyone is talking about', 'Quiz: how well do you know this week’s news?',
    'Oil prices steady ahead of producers’ meeting', 'School meals programme to be extended to all pupils',
    'Scientists map the ocean floor in record detail', 'Local bakery wins national bread award',
    'Opinion: the housing crisis needs a new kind of answer', 'Storm to bring strong winds and heavy rain',
    'Central bank official warns on rising consumer debt', 'Hospital waiting times fall for third month',
    'Tech giant recalls millions of chargers over fire risk', 'Museum reopens after two-year restoration',
    'Train operator apologises after week of delays', 'Electric car sales overtake diesel for the first time',
    'Coach sacked after winless run', 'Marathon organisers announce new route',
    'Your questions answered: what the pension changes mean', 'Watch: the best goals of the weekend',
    'Mayor promises free bus travel for under-18s', 'Investigation opened into hospital data breach',
    'Food prices rise at slowest pace in two years', 'The photographs of the week',
    'Festival line-up revealed with surprise headliner', 'Bridge repairs to close main road for six weeks',
    'Analysis: what the election result means for the economy', 'Record number of tourists visit national parks',
    'Drought forces water restrictions in the south', 'Court rules against landlord in deposit case',
    'New rules for drone flights come into force', 'Supermarket chain to close 30 stores',
]

EDITOR_INSERTS = [
    'This story has been updated with additional details.',
    '(Updates with details throughout.)',
    'Editor’s note: An earlier version of this story misspelled a name in the third paragraph.',
    '{site} has contacted the parties involved for further comment.',
    'Additional reporting by {name}.',
    'This article is republished from a partner publication under a content-sharing agreement.',
    'Updated at {time} GMT with further details.',
]

# UK -> US spellings (lower-case forms only, so that names such as "Labour Party" or "Defence Forces" stay put)
SPELL = [('organisation', 'organization'), ('organisations', 'organizations'), ('organised', 'organized'),
         ('defence', 'defense'), ('centre', 'center'), ('centres', 'centers'), ('programme', 'program'),
         ('programmes', 'programs'), ('favour', 'favor'), ('favourites', 'favorites'), ('favourite', 'favorite'),
         ('neighbour', 'neighbor'), ('neighbours', 'neighbors'), ('neighbouring', 'neighboring'),
         ('neighbourhood', 'neighborhood'), ('neighbourhoods', 'neighborhoods'), ('colour', 'color'),
         ('honour', 'honor'), ('criticised', 'criticized'), ('criticise', 'criticize'), ('recognise', 'recognize'),
         ('recognised', 'recognized'), ('apologise', 'apologize'), ('travelled', 'traveled'),
         ('travellers', 'travelers'), ('metres', 'meters'), ('kilometres', 'kilometers'), ('theatre', 'theater'),
         ('licence', 'license'), ('licences', 'licenses'), ('catalogue', 'catalog'), ('modelled', 'modeled'),
         ('cancelled', 'canceled'), ('sceptical', 'skeptical'), ('paediatrician', 'pediatrician'),
         ('immunisation', 'immunization'), ('equaliser', 'equalizer'), ('realised', 'realized'),
         ('stabilise', 'stabilize'), ('authorised', 'authorized'), ('labour', 'labor'), ('harbour', 'harbor'),
         ('analyse', 'analyze'), ('behaviour', 'behavior'), ('offence', 'offense'), ('grey', 'gray')]

DATELINE = re.compile(r'^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .’\'/-]*[A-ZÀ-ÖØ-Þ.])((?:, [A-Za-z][A-Za-z. ]*?\d{0,2}))?'
                      r'( \([^)]+\))? ?[–—-] ')
CAPTION = re.compile(r'(Photo|PHOTO|Picture|Photograph)\s*(by\s*)?[:/]|AP Photo|REUTERS/|KEYSTONE/|Yonhap/|'
                     r'Agencia Uno/|\(Staff photo')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def parse_time(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)


def fmt_time(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def slugify(text, words=7):
    s = unicodedata.normalize('NFKD', text.lower().replace('’', '').replace("'", ''))
    s = re.sub(r'[^a-z0-9]+', '-', s.encode('ascii', 'ignore').decode())
    return '-'.join([w for w in s.split('-') if w][:words])


# ---------------------------------------------------------------------------------------------------------------
# Parsing an original into elements: headline, standfirst, p (body paragraph), raw (scorelines, result tables,
# short lines), caption, subhead, furn (the original site's furniture, with pos lead / inline / trail).

def finish(els):
    ps = [i for i, e in enumerate(els) if e['t'] == 'p']
    last_p, first_p = ps[-1], ps[0]
    for i, e in enumerate(els):
        if i > last_p and e['t'] == 'raw' and (len(e['text'].split()) <= 6 and not e['text'].endswith(('.', '”'))
                                                 or re.match(r'(Ad\b|Advertisement|Sponsored|Promoted)', e['text'])):
            e['t'] = 'furn'
        if e['t'] == 'raw' and re.match(r'(Ad\b|Ad ·|Advertisement|Sponsored|Promoted)', e['text']):
            e['t'] = 'furn'
    last = max(i for i, e in enumerate(els) if e['t'] != 'furn')
    for i, e in enumerate(els):
        if e['t'] == 'furn':
            e['pos'] = 'trail' if i > last else ('lead' if i < first_p else 'inline')
    return els


def parse_plain(body, furniture, standfirst=True):
    furn = {norm(f) for f in furniture}
    blocks = [b for b in re.split(r'\n[ \t]*\n', body.strip('\n')) if b.strip()]
    els = [{'t': 'headline', 'text': norm(blocks[0])}]
    for i, b in enumerate(blocks[1:], 1):
        lines = [norm(ln.strip().lstrip('•').strip()) for ln in b.split('\n') if ln.strip()]
        words = len(b.split())
        if any(ln in furn for ln in lines):
            t = 'furn'
        elif CAPTION.search(b) and words < 45:
            t = 'caption'
        elif i == 1 and standfirst:
            t = 'standfirst'
        elif len(lines) == 1 and (words >= 12 or (words >= 8 and b.rstrip().endswith(('.', '”')))):
            t = 'p'
        else:
            t = 'raw'
        els.append({'t': t, 'text': '\n'.join(lines) if t == 'raw' else norm(b), 'orig': b.strip('\n')})
    return finish(els)


BLOCK = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'figcaption', 'li', 'div', 'td', 'th', 'dt', 'dd', 'label',
         'button', 'section', 'aside', 'header', 'footer', 'nav', 'form', 'article', 'main', 'figure', 'ul', 'ol',
         'blockquote'}
VOID = {'meta', 'link', 'img', 'br', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track'}
SKIP = {'script', 'style', 'head', 'title', 'noscript'}
FURN_CONTAINER = {'aside', 'nav', 'form', 'footer', 'header', 'button', 'label'}
FURN_CLASS = re.compile(r'share|newsletter|author|most|related|promo|support|comment|cookie|sponsor|\bad\b|advert|'
                        r'trending|ticker|tags|read-?more|recommend|byline|meta|topics|strip|donat|signup|subscribe|'
                        r'partner|card|widget|explainer|further|keep')
STANDFIRST = re.compile(r'standfirst|lede|dek|summary|intro|strap|sub-?title|deck|kicker')


class Blocks(HTMLParser):
    """Flattens a page into its block elements, each with its text and its ancestors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.out, self.n, self.skip = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            self.stack.append((tag, dict(attrs), None, -1))
        elif tag == 'br':
            self.handle_data('\n')
        elif tag not in VOID:
            self.n += 1
            self.stack.append((tag, dict(attrs), [], self.n))

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                break
        else:
            return
        while len(self.stack) > k:
            t, a, buf, order = self.stack.pop()
            if t in SKIP:
                self.skip -= 1
                continue
            txt = ''.join(buf)
            if t in BLOCK and txt.strip():
                anc = [(x[0], x[1].get('class') or '') for x in self.stack]
                self.out.append({'order': order, 'tag': t, 'cls': a.get('class') or '', 'anc': anc, 'text': txt})
            elif txt and self.stack and self.stack[-1][2] is not None:
                self.stack[-1][2].append(txt)

    def handle_data(self, d):
        if not self.skip and self.stack and self.stack[-1][2] is not None:
            self.stack[-1][2].append(d)


def parse_html(body, furniture):
    furn = {norm(f) for f in furniture}
    parser = Blocks()
    parser.feed(body)
    parser.close()
    blocks = sorted(parser.out, key=lambda b: b['order'])
    h1 = next(i for i, b in enumerate(blocks) if b['tag'] == 'h1')

    def in_furn(b):
        return any(t in FURN_CONTAINER or FURN_CLASS.search(c) for t, c in b['anc'])

    def is_body_p(b):
        return (b['tag'] == 'p' and not b['cls'] and not in_furn(b) and norm(b['text']) not in furn
                and len(b['text'].split()) >= 8 and '\n' not in b['text'].strip())

    last = max(i for i, b in enumerate(blocks) if is_body_p(b))
    els, seen_p = [{'t': 'headline', 'text': norm(blocks[h1]['text'])}], False
    for i in range(h1 + 1, len(blocks)):
        b = blocks[i]
        if i > last:
            t = 'furn'
        elif is_body_p(b):
            t, seen_p = 'p', True
        elif b['tag'] == 'figcaption':
            t = 'caption'
        elif not seen_p and STANDFIRST.search(b['cls']) and not any(e['t'] == 'standfirst' for e in els):
            t = 'standfirst'
        elif b['tag'] in ('h2', 'h3') and not b['cls'] and not in_furn(b) and seen_p:
            t = 'subhead'
        elif b['tag'] == 'p' and not b['cls'] and not in_furn(b) and '\n' in b['text'].strip() \
                and norm(b['text']) not in furn:
            t = 'raw'
        else:
            t = 'furn'
        if t == 'raw':
            txt = '\n'.join(norm(ln) for ln in b['text'].split('\n') if ln.strip())
        else:
            txt = norm(b['text'])
        els.append({'t': t, 'text': txt, 'orig': txt})
    return finish(els)


# ---------------------------------------------------------------------------------------------------------------
# Loading

def load_sources():
    web = {}
    with open(os.path.join(ROOT, WEBDEV), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            web[r['id']] = r
    dev = {}
    with open(os.path.join(ROOT, DEVSET), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            dev['devset:' + r['id']] = r
    return web, dev


def devset_article(rec, published):
    z = {x['name']: x['text'] for x in rec['zones']}
    headline, sentences = z['HEADLINE'], [s for s in z['BODY'].split('\n') if s.strip()]
    body = headline + '\n\n' + '\n\n'.join(sentences)
    source, prefix, url = DEVSET_SOURCES[rec['domain']]
    t = parse_time(published)
    y, m, d = '%04d' % t.year, '%02d' % t.month, '%02d' % t.day
    slug = slugify(headline)
    return {'source': source, 'id': '%s-%s%s%s-%s' % (prefix, y, m, d, rec['id']),
            'url': url.format(y=y, m=m, d=d, slug=slug), 'publishedAt': published, 'language': 'en',
            'contentType': 'text/plain', 'body': body}


def original_article(key, published, web, dev):
    """The article object, its elements and its domain."""
    if key.startswith('devset:'):
        rec = dev[key]
        art = devset_article(rec, published)
        return art, parse_plain(art['body'], [], standfirst=False), rec['domain']
    rec = web[key]
    art = dict(rec['article'])
    art['publishedAt'] = published
    parse = parse_html if art['contentType'] == 'text/html' else parse_plain
    return art, parse(art['body'], rec['furniture']), rec['domain']


# ---------------------------------------------------------------------------------------------------------------
# Copy edits

def title_case(h):
    small = {'a', 'an', 'the', 'and', 'but', 'or', 'for', 'nor', 'on', 'at', 'to', 'by', 'of', 'in', 'as', 'up',
             'with', 'from', 'into', 'past', 'over', 'after', 'vs', 'do', 'da', 'de', 'dos', 'von', 'van'}
    words = h.split(' ')
    out = []
    for i, w in enumerate(words):
        if (i == 0 or w not in small) and w[:1].islower():
            w = w[0].upper() + w[1:]
        out.append(w)
    return ' '.join(out)


def shorten(h):
    for sep in (' as ', '; ', ' after ', ' – ', ' — ', ', ', ': ', ' despite ', ' but '):
        k = h.find(sep)
        if k > 0 and len(h[:k].split()) >= 4:
            return h[:k]
    return None


def new_headline(rng, h, alts, site, kicker, heavy):
    mode = rng.choice(['alt', 'short', 'colon'] if heavy else
                      ['alt', 'alt', 'short', 'prefix', 'suffix', 'colon', 'case'])
    if mode == 'short':
        s = shorten(h)
        new = s if s else rng.choice(alts)
    elif mode == 'alt':
        new = rng.choice(alts)
    elif mode == 'colon':
        alt = rng.choice(alts)
        new = alt if ':' in alt else '%s: %s' % (kicker, alt)
    elif mode == 'prefix':
        new = rng.choice(['UPDATE 1-', 'UPDATED: ', 'Breaking: ', 'Latest: ']) + h
    elif mode == 'suffix':
        new = h + rng.choice([' | ' + site['name'], ' - ' + site['name'], ' (updated)', ' – report'])
    else:
        new = h.upper() if site.get('caps') else title_case(h)
    if site['spell'] == 'us' and mode in ('alt', 'short', 'colon') and rng.random() < 0.4:
        new = title_case(new)
    if site.get('caps') and mode in ('alt', 'short') and rng.random() < 0.5:
        new = new.upper()
    return new


def respell(text, to):
    for uk, us in SPELL:
        a, b = (uk, us) if to == 'us' else (us, uk)
        text = re.sub(r'\b%s\b' % a, b, text)
    return text


def said_to_told(rng, els):
    ps = [e for e in els if e['t'] == 'p']
    rng.shuffle(ps)
    pat = re.compile(r'(\b[A-Z][\w’\'-]+|\bhe|\bshe|\bthey) said([.,])')
    for e in ps:
        if pat.search(e['text']):
            e['text'] = pat.sub(r'\1 told reporters\2', e['text'], count=1)
            return True
    return False


def straight_quotes(text):
    return text.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')


def percent_words(text):
    return re.sub(r'(\d)%', r'\1 percent', text)


def dateline(rng, el, city, site, t):
    m = DATELINE.match(el['text'])
    text = el['text'][m.end():] if m else el['text']
    if m:
        city = m.group(1)
    style = rng.randrange(3)
    if style == 0:
        prefix = '%s (%s) — ' % (city, site['wire'])
    elif style == 1:
        prefix = '%s, %s %d (%s) - ' % (city, MONTHS[t.month - 1], t.day, site['wire'])
    else:
        prefix = '%s – ' % city
    el['text'] = prefix + text[0].upper() + text[1:] if text[:1].islower() and text[:2] != 'a ' else prefix + text


def pick_drops(rng, els, n_want, mode):
    """Indices of paragraphs to drop: never the first paragraph, never more than 30% of paragraphs or words."""
    ps = [i for i, e in enumerate(els) if e['t'] == 'p']
    total_words = sum(len(els[i]['text'].split()) for i in ps)
    cap = int(0.3 * len(ps))
    n = min(n_want, cap)
    if n <= 0:
        return []
    for _ in range(50):
        if mode == 'last':
            chosen = [ps[-1]] + (rng.sample(ps[1:-1], n - 1) if n > 1 else [])
        else:
            chosen = rng.sample(ps[1:], n)
        if sum(len(els[i]['text'].split()) for i in chosen) <= 0.3 * total_words:
            return sorted(chosen)
    return []


# ---------------------------------------------------------------------------------------------------------------
# Furniture of the syndicating site

def furniture(rng, site, others, kicker, heavy):
    """A list of (kind, payload) items appended after the article body."""
    items = []

    def heads(k):
        pool = rng.sample(FILLER, k)
        if others and rng.random() < 0.5:
            pool[rng.randrange(k)] = rng.choice(others)
        return pool

    if rng.random() < 0.45 or heavy:
        items.append(('credit', 'Reporting by %s; Editing by %s' % tuple(rng.sample(NAMES, 2))))
    kinds = ['most', 'share', 'newsletter', 'related', 'tags', 'comments', 'cookie']
    chosen = rng.sample(kinds, rng.randint(2, 4))
    if heavy and 'most' not in chosen:
        chosen[0] = 'most'
    for k in kinds:
        if k not in chosen:
            continue
        if k == 'most':
            label = rng.choice(['Most read', 'Trending now', 'Popular on %s' % site['name'], 'What others are reading'])
            items.append(('most', (label, heads(rng.randint(3, 5)))))
        elif k == 'share':
            items.append(('share', rng.choice(['Share this story', 'Share', 'Send this to a friend']) + ': ' +
                          ' · '.join(rng.sample(['Facebook', 'X', 'WhatsApp', 'Email', 'LinkedIn', 'Bluesky',
                                                 'Reddit', 'Copy link'], 4))))
        elif k == 'newsletter':
            items.append(('newsletter', rng.choice([
                'Sign up for %s, our free daily email.' % site['nl'],
                'Get %s in your inbox every weekday morning.' % site['nl'],
                'Newsletter: %s – the day’s top stories, free.' % site['nl']])))
        elif k == 'related':
            items.append(('related', heads(rng.randint(1, 3))))
        elif k == 'tags':
            pool = [x for x in ['World', 'Latest', 'Europe', 'Americas', 'Africa', 'Asia', 'Economy', 'Politics']
                    if x != kicker]
            items.append(('tags', 'Topics: ' + ' · '.join([kicker] + rng.sample(pool, 2))))
        elif k == 'comments':
            items.append(('comments', 'Comments (%d)' % rng.randint(0, 400)))
        elif k == 'cookie':
            items.append(('cookie', '%s uses cookies to improve your experience. Accept · Manage settings'
                          % site['name']))
    items.append(('copyright', rng.choice(['© 2026 %s. All rights reserved.' % site['owner'],
                                           'Copyright © 2026 %s' % site['owner'],
                                           '© %s 2026 · %s' % (site['name'], site['tag'])])))
    return items


def render_plain_furniture(items):
    out = []
    for kind, v in items:
        if kind == 'most':
            label, hs = v
            out.append(label + '\n' + '\n'.join('%d. %s' % (i + 1, h) for i, h in enumerate(hs)))
        elif kind == 'related':
            out.append('\n'.join('Related: ' + h for h in v))
        else:
            out.append(v)
    return out


def esc(s):
    return html.escape(s, quote=False)


def render_html_furniture(rng, items):
    out = []
    for kind, v in items:
        if kind == 'credit':
            continue
        if kind == 'most':
            label, hs = v
            out.append('<aside class="%s">\n  <h3>%s</h3>\n  <ol>\n%s\n  </ol>\n</aside>' % (
                rng.choice(['most-read', 'trending', 'popular']), esc(label),
                '\n'.join('    <li><a href="/a/%d">%s</a></li>' % (rng.randint(10000, 99999), esc(h)) for h in hs)))
        elif kind == 'share':
            label, nets = v.split(': ', 1)
            out.append('<nav class="share-bar"><span>%s:</span> %s</nav>' % (esc(label), ' · '.join(
                '<a href="#">%s</a>' % esc(n) for n in nets.split(' · '))))
        elif kind == 'newsletter':
            out.append('<form class="newsletter" action="/subscribe" method="post">\n  <label for="nl">%s</label>\n'
                       '  <input id="nl" type="email" placeholder="Email address">\n  <button type="submit">Sign up'
                       '</button>\n</form>' % esc(v))
        elif kind == 'related':
            out.append('<aside class="related">\n  <h3>Related</h3>\n  <ul>\n%s\n  </ul>\n</aside>' % '\n'.join(
                '    <li><a href="/a/%d">%s</a></li>' % (rng.randint(10000, 99999), esc(h)) for h in v))
        elif kind == 'tags':
            out.append('<div class="tags">%s</div>' % esc(v))
        elif kind == 'comments':
            out.append('<div class="comments-link"><a href="#comments">%s</a></div>' % esc(v))
        elif kind == 'cookie':
            out.append('<div class="cookie-notice" role="dialog"><p>%s</p></div>' % esc(v))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Rendering a copy

def render_plain(els, head_lines, furn_blocks, keep_orig_furn):
    blocks = []
    for e in els:
        if e['t'] == 'headline':
            blocks.append(e['text'])
            blocks.extend(head_lines.get('after_headline', []))
        elif e['t'] == 'furn':
            if keep_orig_furn:
                blocks.append(e['orig'])
        else:
            blocks.append(e['text'])
            if e['t'] == 'standfirst':
                blocks.extend(head_lines.get('after_standfirst', []))
    return '\n\n'.join(blocks + furn_blocks)


def render_html(rng, site, els, byline, t, furn_items, lang):
    head = els[0]['text']
    nav = rng.sample(['News', 'World', 'Business', 'Sport', 'Politics', 'Tech', 'Science', 'Culture', 'Opinion',
                      'Local'], 5)
    lines = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>', '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<title>%s</title>' % esc(head if head.endswith(site['name']) else head + ' | ' + site['name']),
             '</head>',
             '<body class="%s">' % rng.choice(['article', 'story-page', 'post']),
             '<header class="masthead">', '  <a class="logo" href="/">%s</a>' % esc(site['name']),
             '  <nav class="sections"><ul>%s</ul></nav>' % ''.join(
                 '<li><a href="/%s">%s</a></li>' % (n.lower(), n) for n in nav),
             '</header>', '<main>', '<article>']
    for e in els:
        if e['t'] == 'headline':
            # a " | Site" suffix belongs in the page title, not in the h1
            h1 = re.sub(r' [|-] %s$' % re.escape(site['name']), '', e['text'])
            lines.append('  <h1>%s</h1>' % esc(h1))
        elif e['t'] == 'standfirst':
            lines.append('  <p class="%s">%s</p>' % (rng.choice(['standfirst', 'dek', 'summary']), esc(e['text'])))
        elif e['t'] == 'p':
            lines.append('  <p>%s</p>' % esc(e['text']))
        elif e['t'] == 'raw':
            lines.append('  <p>%s</p>' % '<br>\n'.join(esc(x) for x in e['text'].split('\n')))
        elif e['t'] == 'caption':
            lines.append('  <figure>\n    <img src="/img/%d.jpg" alt="">\n    <figcaption>%s</figcaption>\n'
                         '  </figure>' % (rng.randint(100000, 999999), esc(e['text'])))
        elif e['t'] == 'subhead':
            lines.append('  <h2>%s</h2>' % esc(e['text']))
        elif e['t'] == 'insert':
            lines.append('  <p class="editors-note"><em>%s</em></p>' % esc(e['text']))
        if e['t'] == 'headline' and byline:
            lines.append('  <div class="byline">%s · <time datetime="%s">%d %s 2026</time></div>' % (
                esc(byline), fmt_time(t), t.day, MONTHS[t.month - 1]))
    credit = [v for k, v in furn_items if k == 'credit']
    if credit:
        lines.append('  <p class="credit">%s</p>' % esc(credit[0]))
    lines.append('</article>')
    extra = render_html_furniture(rng, [x for x in furn_items if x[0] != 'copyright'])
    lines.extend(extra)
    lines.append('</main>')
    copyright_ = [v for k, v in furn_items if k == 'copyright']
    lines.append('<footer>\n  <p>%s</p>\n</footer>' % esc(copyright_[0] if copyright_ else '© 2026 ' + site['owner']))
    lines += ['</body>', '</html>']
    return '\n'.join(lines)


def make_copy(rng, orig, els0, domain, city, alts, site, t, others, heavy, counter):
    """One syndicated copy of an original, returned as an article object."""
    els = [dict(e) for e in els0]
    kicker = KICKER[domain]
    orig_html = orig['contentType'] == 'text/html'
    html_out = rng.random() < (site['html'] if orig_html else site['html'] * 0.4)
    if heavy:
        do = {'headline', 'drop', 'furniture', 'dateline'}
        if rng.random() < 0.5:
            do.add('byline')
        if rng.random() < 0.4:
            do.add('insert')
    else:
        do = set()
        for edit, p in (('headline', 0.55), ('drop', 0.45), ('furniture', 0.85), ('dateline', 0.35),
                        ('byline', 0.5), ('said', 0.3), ('insert', 0.3), ('quotes', 0.15), ('percent', 0.15),
                        ('spell', 0.6), ('keepfurn', 0.15)):
            if rng.random() < p:
                do.add(edit)
        if not do & {'headline', 'drop', 'dateline', 'insert', 'byline'}:
            do.add(rng.choice(['headline', 'drop', 'dateline']))
    applied = []
    # headline
    if 'headline' in do:
        old = els[0]['text']
        els[0]['text'] = new_headline(rng, old, alts, site, kicker, heavy)
        if els[0]['text'] != old:
            applied.append('headline')
    # trimming
    if 'drop' in do:
        n = 2 if heavy else rng.choice([1, 1, 2])
        mode = 'last' if (not heavy and rng.random() < 0.5) else rng.choice(['last', 'inner'])
        dropped = pick_drops(rng, els, n, mode)
        for i in reversed(dropped):
            del els[i]
        if dropped:
            applied.append('drop%d' % len(dropped))
    if not heavy and rng.random() < 0.25 and any(e['t'] == 'caption' for e in els):
        els = [e for e in els if e['t'] != 'caption']
        applied.append('no-caption')
    if heavy and rng.random() < 0.3 and any(e['t'] == 'standfirst' for e in els):
        els = [e for e in els if e['t'] != 'standfirst']
        applied.append('no-standfirst')
    # dateline
    if 'dateline' in do:
        first_p = next(e for e in els if e['t'] == 'p')
        dateline(rng, first_p, city, site, t)
        applied.append('dateline')
    # word-level edits
    if 'said' in do and said_to_told(rng, els):
        applied.append('said')
    before = [e['text'] for e in els]
    for e in els:
        if e['t'] != 'furn' and 'spell' in do:
            e['text'] = respell(e['text'], site['spell'])
    if [e['text'] for e in els] != before:
        applied.append('spelling')
    for edit, fn in (('quotes', straight_quotes), ('percent', percent_words)):
        if edit in do and (edit != 'percent' or site['spell'] == 'us'):
            before = [e['text'] for e in els]
            for e in els:
                if e['t'] != 'furn':
                    e['text'] = fn(e['text'])
            if [e['text'] for e in els] != before:
                applied.append(edit)
    # editor's insert
    if 'insert' in do:
        tmpl = rng.choice(EDITOR_INSERTS)
        text = tmpl.format(site=site['name'], name=rng.choice(NAMES), time=t.strftime('%H:%M'))
        ps = [i for i, e in enumerate(els) if e['t'] == 'p']
        pos = ps[-1] + 1 if rng.random() < 0.6 else rng.choice(ps[1:] or ps) + 1
        els.insert(pos, {'t': 'insert', 'text': text})
        applied.append('insert')
    # byline
    byline = None
    if 'byline' in do:
        a, b = rng.sample(NAMES, 2)
        byline = rng.choice(['By %s' % a, 'By %s, %s correspondent' % (a, site['name']),
                             '%s staff and wire services' % site['name'], 'From wire reports',
                             'By %s and %s' % (a, b)])
        applied.append('byline')
    furn_items = furniture(rng, site, others, kicker, heavy) if 'furniture' in do else []
    # ids
    counter[site['source']] = counter.get(site['source'], 0) + 1
    n = '%d%03d' % (rng.randint(10, 99), counter[site['source']])
    y, m, d = '%04d' % t.year, '%02d' % t.month, '%02d' % t.day
    slug = slugify(els[0]['text'])
    fields = dict(y=y, m=m, d=d, n=n, slug=slug, section=SECTION[domain])
    art = {'source': site['source'], 'id': site['id'].format(**fields), 'url': site['url'].format(**fields),
           'publishedAt': fmt_time(t), 'language': 'en'}
    if html_out:
        art['contentType'] = 'text/html'
        art['body'] = render_html(rng, site, els, byline, t, furn_items, 'en-US' if site['spell'] == 'us' else 'en-GB')
    else:
        art['contentType'] = 'text/plain'
        head_lines = {}
        if byline:
            key = 'after_standfirst' if any(e['t'] == 'standfirst' for e in els) else 'after_headline'
            head_lines[key] = [byline]
        if furn_items and rng.random() < 0.35:
            head_lines.setdefault('after_headline', []).insert(0, rng.choice([
                '%s · %s' % (site['name'], site['tag']), 'Listen to this article · %d min' % rng.randint(3, 7),
                'Share: Facebook · X · Email']))
        keep = 'keepfurn' in do and not orig_html
        if keep:
            applied.append('kept-original-furniture')
        art['body'] = render_plain(els, head_lines, render_plain_furniture(furn_items), keep)
    if furn_items:
        applied.append('furniture')
    if html_out != orig_html:
        applied.append('to-html' if html_out else 'to-plain')
    return art, sorted(applied)


# ---------------------------------------------------------------------------------------------------------------

def main():
    rng = random.Random(SEED)
    web, dev = load_sources()
    rows = []          # (article, group, kind)
    group_of_orig = {}
    originals = []
    for n, (key, published, city, alts) in enumerate(ORIGINALS, 1):
        art, els, domain = original_article(key, published, web, dev)
        group = 'g%03d' % n
        group_of_orig[key] = group
        originals.append((key, art, els, domain, city, alts, group))
        rows.append((art, group, 'original'))

    def earlier(t, group):
        # headlines of other stories already out when a copy appears, for its "Most read" and "Related" lists
        return [o[2][0]['text'] for o in originals if o[6] != group and parse_time(o[1]['publishedAt']) < t]

    stats, notes = {}, {}

    def tally(edits, heavy, kind):
        stats[(kind, 'heavy' if heavy else 'light')] = stats.get((kind, 'heavy' if heavy else 'light'), 0) + 1
        for e in edits:
            stats[e] = stats.get(e, 0) + 1

    # copies
    counter = {}
    late_keys = sorted(rng.sample([o[0] for o in originals if o[1]['publishedAt'] <= '2026-03-23T23:59:59Z'], 6),
                       key=lambda k: [o[0] for o in originals].index(k))
    plan = []          # (original, site, time, kind): 3-6 copies per original, one late copy for six of them
    for o in originals:
        key, art = o[0], o[1]
        t0 = parse_time(art['publishedAt'])
        sites = [s for s in SITES if s['source'] != art['source']]
        k = rng.randint(3, 6)
        chosen = rng.sample(sites, k + 1)
        for site in chosen[:k]:
            plan.append((o, site, t0 + timedelta(minutes=int(5 + (48 * 60 - 5) * rng.random() ** 2)), 'copy'))
        if key in late_keys:
            plan.append((o, chosen[k], t0 + timedelta(minutes=rng.randint(4 * 24 * 60, 7 * 24 * 60)), 'late-copy'))
    heavy_slots = set(rng.sample(range(len(plan)), round(0.25 * len(plan))))   # a quarter of the copies are heavy
    for i, ((key, art, els, domain, city, alts, group), site, t, kind) in enumerate(plan):
        heavy = i in heavy_slots
        copy, edits = make_copy(rng, art, els, domain, city, alts, site, t, earlier(t, group), heavy, counter)
        tally(edits, heavy, kind)
        notes[id(copy)] = ('heavy ' if heavy else 'light ') + ' '.join(edits)
        rows.append((copy, group, kind))

    # near misses
    next_group = len(ORIGINALS) + 1
    near_group_of = {}
    with open(os.path.join(ROOT, NEAR), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            if r['original'] not in group_of_orig:
                sys.exit('near miss of %s, which is not an original' % r['original'])
            o = next(x for x in originals if x[0] == r['original'])
            dt = (parse_time(r['article']['publishedAt']) - parse_time(o[1]['publishedAt'])).total_seconds()
            if not 0 <= dt <= 24 * 3600:
                sys.exit('near miss %s is not within 24 h of its original' % r['article']['id'])
            group = 'g%03d' % next_group
            next_group += 1
            near_group_of[group] = group_of_orig[r['original']]
            rows.append((r['article'], group, 'near-miss'))

    # unrelated
    unrelated_groups = []
    for key in UNRELATED:
        minute = rng.randrange(0, 30 * 24 * 60 + 12 * 60)
        published = fmt_time(parse_time('2026-03-01T00:00:00Z') + timedelta(minutes=minute))
        art, _, _ = original_article(key, published, web, dev)
        group = 'g%03d' % next_group
        next_group += 1
        unrelated_groups.append(group)
        rows.append((art, group, 'unrelated'))

    # splits: original groups shuffled, first half dev; near misses follow their original; unrelated alternate
    groups = [o[6] for o in originals]
    order = groups[:]
    rng.shuffle(order)
    split = {g: ('dev' if i < len(order) // 2 else 'test') for i, g in enumerate(order)}
    for g, og in near_group_of.items():
        split[g] = split[og]
    for i, g in enumerate(unrelated_groups):
        split[g] = 'dev' if i % 2 == 0 else 'test'

    # checks
    seen = set()
    for art, group, kind in rows:
        key = (art['source'], art['id'])
        if key in seen:
            sys.exit('duplicate article id %s/%s' % key)
        seen.add(key)
        if not ('2026-03-01T00:00:00Z' <= art['publishedAt'] <= '2026-03-31T23:59:59Z'):
            sys.exit('publishedAt out of March: %s' % art['publishedAt'])
        if not art['body'].strip() or not art['url'].startswith('https://'):
            sys.exit('empty body or bad url: %s' % art['id'])

    rows.sort(key=lambda r: (r[0]['publishedAt'], r[0]['source'], r[0]['id']))
    os.makedirs(os.path.dirname(os.path.join(ROOT, OUT)), exist_ok=True)
    with open(os.path.join(ROOT, OUT), 'w', encoding='utf-8', newline='\n') as f:
        for i, (art, group, kind) in enumerate(rows, 1):
            a = {k: art[k] for k in ('source', 'id', 'url', 'publishedAt', 'language', 'contentType', 'body')}
            if 'title' in art:
                a['title'] = art['title']
            rec = {'id': 'cs-%04d' % i, 'group': group, 'kind': kind, 'split': split[group], 'article': a}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            if '--edits' in sys.argv:
                print('%s %s %-9s %-16s %s' % (rec['id'], group, kind, art['source'], notes.get(id(art), '')))

    counts = {}
    for art, group, kind in rows:
        counts[(kind, split[group])] = counts.get((kind, split[group]), 0) + 1
    print('%s: %d articles, %d groups' % (OUT, len(rows), next_group - 1))
    for kind in ('original', 'copy', 'late-copy', 'near-miss', 'unrelated'):
        print('  %-10s dev %3d  test %3d' % (kind, counts.get((kind, 'dev'), 0), counts.get((kind, 'test'), 0)))
    print('  copies: ' + ', '.join('%s %s %d' % (k[0], k[1], v) for k, v in
                                  sorted((k, v) for k, v in stats.items() if isinstance(k, tuple))))
    print('  edits (copies and late copies): ' + ', '.join('%s %d' % (k, v) for k, v in
                                                          sorted((k, v) for k, v in stats.items()
                                                                 if not isinstance(k, tuple))))


def similarity():
    """Word-trigram Jaccard of each copy, late copy and near miss with its original (whole bodies, tags removed)."""
    def grams(art):
        body = art['body']
        if art['contentType'] == 'text/html':
            body = html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'(?s)<(script|style|head)\b.*?</\1>', ' ', body)))
        w = re.findall(r'\w+', body.lower())
        return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}

    with open(os.path.join(ROOT, OUT), encoding='utf-8') as f:
        rows = [json.loads(line) for line in f]
    web, _ = load_sources()
    orig_by_group = {r['group']: r for r in rows if r['kind'] == 'original'}
    orig_by_key = {(r['article']['source'], r['article']['id']): r for r in rows if r['kind'] == 'original'}
    near_of = {}
    with open(os.path.join(ROOT, NEAR), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            a = web[r['original']]['article']
            near_of[(r['article']['source'], r['article']['id'])] = orig_by_key[(a['source'], a['id'])]
    scores = {}
    for r in rows:
        if r['kind'] in ('copy', 'late-copy'):
            o = orig_by_group[r['group']]
        elif r['kind'] == 'near-miss':
            o = near_of[(r['article']['source'], r['article']['id'])]
        else:
            continue
        a, b = grams(r['article']), grams(o['article'])
        scores.setdefault(r['kind'], []).append(len(a & b) / len(a | b))
    for kind in ('copy', 'late-copy', 'near-miss'):
        v = sorted(scores[kind])
        print('%-10s n=%3d  min %.2f  median %.2f  max %.2f' % (kind, len(v), v[0], v[len(v) // 2], v[-1]))


if __name__ == '__main__':
    if '--similarity' in sys.argv:
        similarity()
    else:
        main()
