package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.text.Words;

/**
 * A candidate mention found in a zone, by the statistical model or by a gazetteer.
 *
 * @param zone   the zone it is in
 * @param start  offset of its first character in the zone text
 * @param end    offset after its last character
 * @param text   the mention as written
 * @param type   what the finder thinks it is; null only for what the model calls MISC, never an entity
 * @param known  the gazetteer entry it matched, or null for a model-only mention
 * @param form   how it is written
 * @param tokens how many words it spans
 */
public record Span(
        ZoneName zone,
        int start,
        int end,
        String text,
        EntityType type,
        GazetteerEntry known,
        MentionForm form,
        int tokens) {

    /**
     * A name a rule found on the words {@code start} to {@code end} of a zone's text: of {@code type}, no gazetteer
     * entry, written as a name.
     */
    public static Span found(ZoneName zone, int start, int end, String text, EntityType type) {
        return new Span(zone, start, end, text, type, null, MentionForm.NAME, Words.of(text).length);
    }

    /** The same words as another mention: of {@code type}, of the gazetteer entry {@code known}, written as {@code form}. */
    public Span as(EntityType type, GazetteerEntry known, MentionForm form) {
        return new Span(zone, start, end, text, type, known, form, tokens);
    }

    /** The characters {@code from} to {@code to} of this mention's text, as a model-found mention of {@code type}. */
    public Span part(int from, int to, EntityType type) {
        String part = text.substring(from, to);
        return new Span(zone, start + from, start + to, part, type, null, form, Math.max(1, Words.of(part).length));
    }

    /** {@link #replacing(List, List)} with what a finder finds in each zone's text. */
    public static List<Span> replacing(
            List<Span> candidates, Map<ZoneName, String> zoneTexts, BiFunction<ZoneName, String, List<Span>> finder) {
        List<Span> found = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> found.addAll(finder.apply(zone, text)));
        return replacing(candidates, found);
    }

    /**
     * The spans with each pair of neighbours in one zone that {@code join} makes one name replaced by that name (the
     * first span's zone, from its start to the second's end); {@code join} returns null for a pair that stays two.
     * {@code spans} must be in zone and offset order and not overlap.
     */
    public static List<Span> joiningPairs(List<Span> spans, BiFunction<Span, Span, Span> join) {
        List<Span> joined = new ArrayList<>(spans.size());
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            Span second = i + 1 < spans.size() ? spans.get(i + 1) : null;
            Span whole = second == null || second.zone() != first.zone() ? null : join.apply(first, second);
            if (whole != null) {
                joined.add(whole);
                i += 2;
            } else {
                joined.add(first);
                i++;
            }
        }
        return joined;
    }

    /** The candidates without those that overlap a span found, and the spans found: a finder's verdict on its words. */
    public static List<Span> replacing(List<Span> candidates, List<Span> found) {
        if (found.isEmpty()) {
            return candidates;
        }
        List<Span> result = new ArrayList<>(candidates.size() + found.size());
        for (Span candidate : candidates) {
            if (found.stream().noneMatch(candidate::overlaps)) {
                result.add(candidate);
            }
        }
        result.addAll(found);
        return result;
    }

    /**
     * Whether a candidate overlaps this span, which a pattern found, without lying inside it, or a name the gazetteers
     * know stands on exactly its words: such a name wins over the pattern's ("Park Avenue Capital" stays a company).
     */
    public boolean crossedBy(List<Span> candidates) {
        return candidates.stream()
                .anyMatch(other -> other.overlaps(this)
                        && (other.start < start
                                || other.end > end
                                || other.known != null && other.start == start && other.end == end));
    }

    public boolean overlaps(Span other) {
        return zone == other.zone && start < other.end && other.start < end;
    }

    /** Whether this span lies within the other, and is not the same stretch of text. */
    public boolean isStrictlyInside(Span other) {
        return zone == other.zone && other.start <= start && end <= other.end && length() < other.length();
    }

    public boolean sameStretch(Span other) {
        return zone == other.zone && start == other.start && end == other.end;
    }

    public int length() {
        return end - start;
    }
}
