package newsflow.enrich.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidate mentions: the longest wins ("UN Human Rights Council" over "UN"); for the same
 * stretch of text, a gazetteer match wins over the model's, because it carries a canonical id.
 */
final class SpanSelector {

    private static final Comparator<Span> PRIORITY = Comparator
            .comparing(Span::zone)
            .thenComparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparing(span -> span.known() == null);

    private SpanSelector() {
    }

    static List<Span> select(List<Span> candidates) {
        List<Span> sorted = new ArrayList<>(candidates);
        sorted.sort(PRIORITY);
        List<Span> chosen = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            if (previous == null || !previous.overlaps(span)) {
                chosen.add(span);
            }
            else if (span.length() > previous.length()) {
                chosen.set(chosen.size() - 1, span);
            }
        }
        return chosen;
    }
}
