package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.credits.Datelines;
import newsflow.enrich.tagging.text.Casing;
import newsflow.enrich.tagging.text.Token;

/**
 * The article's own names in its sentences written in capitals, a headline above all: "KUVENDI VOTES TO SHIELD
 * HIMARA COAST" where the text goes on to write "Kuvendi" and "Himara", "TELLFAIR'S LATE THREE" after "Carson
 * Tellfair". A word or a run of words there, spelt as a mention in small letters elsewhere in the article (or as the
 * surname of one of its people), is a mention of that entity, where the article gives that name one type only; a
 * name the models found there with nothing known about it takes that type too, but for a dateline's place ("BALTIMORE
 * 1996-08-22" above "Baltimore beat ...").
 */
final class CapitalMentions {

    private static final int MOST_WORDS = 5;
    private static final int FEWEST_LETTERS = 3;

    /** What a name in small letters is in the article: its type, the entity the gazetteers know it as, its form. */
    private record Name(EntityType type, GazetteerEntry known, MentionForm form) {}

    /** Words the model calls MISC where the article writes them in small letters: an event's, a work's name. */
    private static final Name NOT_A_NAME = new Name(null, null, null);

    private CapitalMentions() {}

    static List<Span> find(
            List<Span> spans,
            List<Span> other,
            Map<String, String> surnames,
            Map<ZoneName, String> zoneTexts,
            Map<ZoneName, List<List<Token>>> tokens) {
        Map<String, Name> names = namesInSmallLetters(spans, surnames);
        if (names.isEmpty()) {
            return spans;
        }
        other.forEach(span -> names.putIfAbsent(key(span.text()), NOT_A_NAME));
        Map<ZoneName, List<Span>> byZone = new EnumMap<>(ZoneName.class);
        spans.forEach(span ->
                byZone.computeIfAbsent(span.zone(), zone -> new ArrayList<>()).add(span));
        List<Span> result = new ArrayList<>(spans);
        tokens.forEach((zone, sentences) -> {
            List<Span> taken = byZone.getOrDefault(zone, List.of());
            for (List<Token> sentence : sentences) {
                if (Casing.isCapitals(sentence)) {
                    mentions(zone, zoneTexts.get(zone), sentence, names, taken, result);
                }
            }
        });
        return result;
    }

    private static void mentions(
            ZoneName zone,
            String text,
            List<Token> sentence,
            Map<String, Name> names,
            List<Span> taken,
            List<Span> result) {
        int i = 0;
        while (i < sentence.size()) {
            int next = i + 1;
            for (int j = Math.min(sentence.size(), i + MOST_WORDS); j > i; j--) {
                int start = sentence.get(i).start();
                int end = sentence.get(j - 1).end();
                String words = text.substring(start, end);
                Name name = names.get(words);
                if (name == null) {
                    continue;
                }
                if (name == NOT_A_NAME) {
                    next = j;
                    break;
                }
                Span same = taken.stream()
                        .filter(span -> span.start() == start && span.end() == end)
                        .findFirst()
                        .orElse(null);
                if (same != null
                        && same.known() == null
                        && same.type() != name.type()
                        && !Datelines.isPlace(same, text)) {
                    result.set(result.indexOf(same), same.as(name.type(), name.known(), same.form()));
                } else if (taken.stream().noneMatch(span -> span.start() < end && start < span.end())) {
                    result.add(new Span(zone, start, end, words, name.type(), name.known(), name.form(), j - i));
                }
                next = j;
                break;
            }
            i = next;
        }
    }

    /**
     * The mentions written with small letters, by their words in capitals, where the article gives the name one type
     * only ("Volgograd" is a club and a city in a story about Rotor Volgograd); the surnames of its people as people.
     */
    private static Map<String, Name> namesInSmallLetters(List<Span> spans, Map<String, String> surnames) {
        Map<String, Name> names = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        for (Span span : spans) {
            if (!span.text().equals(span.text().toUpperCase(Locale.ROOT)) && letters(span.text()) >= FEWEST_LETTERS) {
                String key = key(span.text());
                Name earlier = names.putIfAbsent(key, new Name(span.type(), span.known(), span.form()));
                if (earlier != null && earlier.type() != span.type()) {
                    mixed.add(key);
                }
            }
        }
        names.keySet().removeAll(mixed);
        surnames.keySet().stream()
                .filter(surname -> letters(surname) >= FEWEST_LETTERS)
                .forEach(surname ->
                        names.putIfAbsent(key(surname), new Name(EntityType.PERSON, null, MentionForm.NAME)));
        return names;
    }

    private static String key(String text) {
        return String.join(" ", text.strip().split("\\s+")).toUpperCase(Locale.ROOT);
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
