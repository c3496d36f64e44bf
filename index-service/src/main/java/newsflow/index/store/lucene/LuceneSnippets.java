package newsflow.index.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.stream.Collectors;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Zone;
import newsflow.index.store.search.Snippets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the words a query matched in one passage of an article's text, with Lucene's unified highlighter:
 * the text zones are re-analysed from the stored event, so the index does not store its text twice. The passage
 * is HTML-escaped and the matches wrapped in {@code <mark>}.
 */
final class LuceneSnippets {

    /** Zones are joined by a paragraph separator, so a passage never runs from the headline into the body. */
    private static final String ZONE_BREAK = "\u2029";

    private final UnifiedHighlighter highlighter;

    LuceneSnippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter(Snippets.MARK, Snippets.END_MARK, " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), Snippets.LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0)
                .build();
    }

    /** The best passage for the query, or null when the query has no text or matched no words of the text. */
    String snippet(ArticleEnriched article, Query textQuery) throws IOException {
        if (textQuery == null) {
            return null;
        }
        String text = article.zones().stream()
                .filter(zone -> Snippets.TEXT_ZONES.contains(zone.name()))
                .map(Zone::text)
                .collect(Collectors.joining(ZONE_BREAK));
        Object snippet = this.highlighter.highlightWithoutSearcher(ArticleDocuments.TEXT, textQuery, text, 1);
        return snippet == null
                ? null
                : snippet.toString().replace(ZONE_BREAK, " ").strip();
    }
}
