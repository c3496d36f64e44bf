package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Token;

/**
 * German joins a name and the noun that says what it is with a hyphen, and the tokenizer splits them, as the German
 * model was trained: "EU-Kommission", "Robert Koch-Institut". A name right before a hyphen and a noun that heads an
 * organisation's name is that organisation; before any other noun ("EZB-Präsidentin") the name stays what it was.
 * Two names of one type on either side of a hyphen are one name: "Alliot-Marie", "Henstedt-Ulzburg".
 */
final class GermanCompounds {

    private static final Set<String> ORGANISATION_HEADS = Set.of(
            "Kommission",
            "Institut",
            "Ministerium",
            "Parlament",
            "Regierung",
            "Behörde",
            "Gericht",
            "Gerichtshof",
            "Bank",
            "Verband",
            "Rat",
            "Agentur",
            "Konzern",
            "Gruppe",
            "Partei",
            "Fraktion",
            "Stiftung",
            "Universität",
            "Klinik",
            "Krankenhaus",
            "Polizei",
            "Armee",
            "Zentrale",
            "Stadtwerke",
            "Werke",
            "Verwaltung",
            "Amt",
            "Kammer",
            "Börse",
            "Mission");

    private GermanCompounds() {}

    static List<Span> join(List<Span> candidates, Map<ZoneName, List<List<Token>>> tokens) {
        return joinSameTypes(joinHeads(candidates, tokens), tokens);
    }

    /** Two model names of one type with only a hyphen between them, written without spaces, are one name. */
    private static List<Span> joinSameTypes(List<Span> candidates, Map<ZoneName, List<List<Token>>> tokens) {
        Map<List<Object>, Span> byStart = new HashMap<>();
        for (Span span : candidates) {
            if (span.known() == null && span.type() != null) {
                byStart.put(List.of(span.zone(), span.start()), span);
            }
        }
        Set<List<Object>> hyphens = new HashSet<>();
        tokens.forEach((zone, sentences) -> sentences.forEach(sentence -> sentence.stream()
                .filter(token -> token.text().equals("-"))
                .forEach(token -> hyphens.add(List.of(zone, token.start())))));
        List<Span> joined = new ArrayList<>(candidates.size());
        Set<Span> consumed = new HashSet<>();
        for (Span span : candidates) {
            if (consumed.contains(span)) {
                continue;
            }
            Span next = span.known() == null && span.type() != null
                    ? byStart.get(List.of(span.zone(), span.end() + 1))
                    : null;
            boolean hyphen =
                    next != null && next.type() == span.type() && hyphens.contains(List.of(span.zone(), span.end()));
            Token rest = next == null
                            && span.type() == EntityType.PERSON
                            && hyphens.contains(List.of(span.zone(), span.end()))
                    ? capitalisedAt(tokens, span.zone(), span.end() + 1)
                    : null;
            if (rest != null) { // a double surname the model cut: "Wolfgang Prock" - "Schauer"
                joined.add(new Span(
                        span.zone(),
                        span.start(),
                        rest.end(),
                        span.text() + "-" + rest.text(),
                        span.type(),
                        null,
                        MentionForm.NAME,
                        span.tokens() + 2));
                continue;
            }
            if (hyphen) {
                consumed.add(next);
                joined.add(new Span(
                        span.zone(),
                        span.start(),
                        next.end(),
                        span.text() + "-" + next.text(),
                        span.type(),
                        null,
                        MentionForm.NAME,
                        span.tokens() + next.tokens() + 1));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static Token capitalisedAt(Map<ZoneName, List<List<Token>>> tokens, ZoneName zone, int offset) {
        for (List<Token> sentence : tokens.getOrDefault(zone, List.of())) {
            if (sentence.isEmpty()
                    || sentence.get(0).start() > offset
                    || sentence.get(sentence.size() - 1).end() < offset) {
                continue;
            }
            for (Token token : sentence) {
                if (token.start() == offset) {
                    return Character.isUpperCase(token.text().codePointAt(0)) ? token : null;
                }
            }
        }
        return null;
    }

    private static List<Span> joinHeads(List<Span> candidates, Map<ZoneName, List<List<Token>>> tokens) {
        Map<List<Object>, Token> heads = new HashMap<>();
        tokens.forEach((zone, sentences) -> {
            for (List<Token> sentence : sentences) {
                for (int i = 1; i + 1 < sentence.size(); i++) {
                    Token hyphen = sentence.get(i);
                    Token head = sentence.get(i + 1);
                    if (hyphen.text().equals("-")
                            && sentence.get(i - 1).end() == hyphen.start()
                            && head.start() == hyphen.end()
                            && ORGANISATION_HEADS.contains(head.text())) {
                        heads.put(List.of(zone, hyphen.start()), head);
                    }
                }
            }
        });
        if (heads.isEmpty()) {
            return candidates;
        }
        List<Span> joined = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            Token head = span.type() == null ? null : heads.get(List.of(span.zone(), span.end()));
            if (head == null) {
                joined.add(span);
                continue;
            }
            String text = span.text() + "-" + head.text();
            joined.add(new Span(
                    span.zone(),
                    span.start(),
                    head.end(),
                    text,
                    EntityType.ORGANIZATION,
                    null,
                    MentionForm.NAME,
                    span.tokens() + 2));
        }
        return joined;
    }
}
