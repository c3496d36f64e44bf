package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Token;

/**
 * Finds the later one-word mentions of a name that the finders missed: a surname after the full name ("Kofod
 * tweeted ..."), an acronym the article defined. A word already inside a chosen mention is left alone. Linear in
 * the article's length: the chosen mentions are looked up by offset, not compared one by one.
 */
public final class WordMentions {

    private WordMentions() {}

    /** A mention of one word: the token, of {@code type}, of the gazetteer entry {@code known} (or none), as {@code form}. */
    public static Span word(ZoneName zone, Token token, EntityType type, GazetteerEntry known, MentionForm form) {
        return new Span(zone, token.start(), token.end(), token.text(), type, known, form, 1);
    }

    public static List<Span> find(
            Set<String> words,
            Map<ZoneName, List<List<Token>>> tokens,
            List<Span> taken,
            BiFunction<ZoneName, Token, Span> mention) {
        List<Span> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        Map<ZoneName, TreeMap<Integer, Integer>> occupied = occupied(taken);
        tokens.forEach((zone, sentences) -> {
            TreeMap<Integer, Integer> spans = occupied.computeIfAbsent(zone, key -> new TreeMap<>());
            for (List<Token> sentence : sentences) {
                for (Token token : sentence) {
                    if (words.contains(token.text()) && !overlaps(spans, token.start(), token.end())) {
                        found.add(mention.apply(zone, token));
                        spans.put(token.start(), token.end());
                    }
                }
            }
        });
        return found;
    }

    private static Map<ZoneName, TreeMap<Integer, Integer>> occupied(List<Span> taken) {
        Map<ZoneName, TreeMap<Integer, Integer>> occupied = new EnumMap<>(ZoneName.class);
        for (Span span : taken) {
            occupied.computeIfAbsent(span.zone(), zone -> new TreeMap<>()).merge(span.start(), span.end(), Math::max);
        }
        return occupied;
    }

    /** Whether [start, end) overlaps one of the spans, given that the spans do not overlap each other. */
    private static boolean overlaps(TreeMap<Integer, Integer> spans, int start, int end) {
        Entry<Integer, Integer> before = spans.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }
}
