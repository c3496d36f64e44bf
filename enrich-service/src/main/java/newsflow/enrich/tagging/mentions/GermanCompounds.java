package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.Token;

/**
 * German joins a name and the noun that says what it is with a hyphen, and the tokenizer splits them, as the German
 * model was trained: "EU-Kommission", "Robert Koch-Institut". A name right before a hyphen and a noun that heads an
 * organisation's name is that organisation; before any other noun ("EZB-Präsidentin") the name stays what it was.
 */
final class GermanCompounds {

    private static final Set<String> ORGANISATION_HEADS = Set.of("Kommission", "Institut", "Ministerium",
            "Parlament", "Regierung", "Behörde", "Gericht", "Gerichtshof", "Bank", "Verband", "Rat", "Agentur",
            "Konzern", "Gruppe", "Partei", "Fraktion", "Stiftung", "Universität", "Klinik", "Krankenhaus", "Polizei",
            "Armee", "Zentrale", "Stadtwerke", "Werke", "Verwaltung", "Amt", "Kammer", "Börse", "Mission");

    private GermanCompounds() {
    }

    static List<Span> join(List<Span> candidates, Map<ZoneName, List<List<Token>>> tokens) {
        Map<List<Object>, Token> heads = new HashMap<>();
        tokens.forEach((zone, sentences) -> {
            for (List<Token> sentence : sentences) {
                for (int i = 1; i + 1 < sentence.size(); i++) {
                    Token hyphen = sentence.get(i);
                    Token head = sentence.get(i + 1);
                    if (hyphen.text().equals("-") && sentence.get(i - 1).end() == hyphen.start()
                            && head.start() == hyphen.end() && ORGANISATION_HEADS.contains(head.text())) {
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
            joined.add(new Span(span.zone(), span.start(), head.end(), text, EntityType.ORGANIZATION, null,
                    MentionForm.NAME, span.tokens() + 2));
        }
        return joined;
    }
}
