package newsflow.index.store.lucene;

import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.stories.StoryProbe;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Turns an {@link ArticleQuery} into a Lucene query and sort over the fields of {@link ArticleDocuments}. */
final class LuceneQueries {

    private static final SortField NEWEST_FIRST =
            new SortField(ArticleDocuments.PUBLISHED_AT, SortField.Type.LONG, true);
    private static final SortField OLDEST_FIRST = new SortField(ArticleDocuments.PUBLISHED_AT, SortField.Type.LONG);
    private static final SortField BY_ID = new SortField(ArticleDocuments.ID, SortField.Type.STRING);
    static final Sort NEWEST = new Sort(NEWEST_FIRST, BY_ID);

    private final Analyzer analyzer;

    LuceneQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Articles only (never retraction markers) matching every criterion given. */
    Query toQuery(ArticleQuery query) {
        var builder = articles(query.window());
        if (query.text() != null) {
            builder.add(parse(query.text()), Occur.MUST);
        }
        filter(builder, ArticleDocuments.ENTITY, query.entity());
        filter(
                builder,
                ArticleDocuments.TYPE,
                query.type() == null ? null : query.type().name());
        filter(builder, ArticleDocuments.COUNTRY, query.country());
        filter(builder, ArticleDocuments.SOURCE, query.source());
        filter(builder, ArticleDocuments.LANGUAGE, query.language());
        filter(builder, ArticleDocuments.STORY, query.story());
        return builder.build();
    }

    /** The query text alone, for the highlighter; null when there is none. */
    Query textQuery(ArticleQuery query) {
        return query.text() == null ? null : parse(query.text());
    }

    /** The query's order; ties newest first, then by id, so that pages never overlap. */
    Sort toSort(ArticleQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, NEWEST_FIRST, BY_ID);
            case OLDEST -> new Sort(OLDEST_FIRST, BY_ID);
            case NEWEST -> NEWEST;
        };
    }

    /** Articles published in the window, optionally mentioning an entity. */
    static Query articlesOf(TimeWindow window, String entityId) {
        var builder = articles(window);
        filter(builder, ArticleDocuments.ENTITY, entityId);
        return builder.build();
    }

    /**
     * The near-neighbour lookup of a story probe: articles in its window sharing a band of its fingerprint or one of
     * its sentences (those it looks up), or the probe's own article; each scored by the number of those it shares.
     */
    static Query storyCandidates(StoryProbe probe) {
        var keys = new BooleanQuery.Builder();
        probe.bands()
                .forEach(band -> keys.add(
                        new BoostQuery(new ConstantScoreQuery(term(ArticleDocuments.FINGERPRINT_BAND, band)), 0f),
                        Occur.SHOULD));
        probe.lookupSentences()
                .forEach(sentence -> keys.add(
                        new ConstantScoreQuery(term(ArticleDocuments.STORY_SENTENCE, Long.toHexString(sentence))),
                        Occur.SHOULD));
        Query near = articles(probe.window()).add(keys.build(), Occur.MUST).build();
        return new BooleanQuery.Builder()
                .add(near, Occur.SHOULD)
                .add(
                        new BoostQuery(new ConstantScoreQuery(byId(probe.articleId(), ArticleDocuments.ARTICLE)), 0f),
                        Occur.SHOULD)
                .build();
    }

    /** The document of this article id, of the given kind, or of either kind when {@code kind} is null. */
    static Query byId(String articleId, String kind) {
        var builder = new BooleanQuery.Builder().add(term(ArticleDocuments.ID, articleId), Occur.FILTER);
        if (kind != null) {
            builder.add(term(ArticleDocuments.KIND, kind), Occur.FILTER);
        }
        return builder.build();
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static BooleanQuery.Builder articles(TimeWindow window) {
        var builder =
                new BooleanQuery.Builder().add(term(ArticleDocuments.KIND, ArticleDocuments.ARTICLE), Occur.FILTER);
        if (!window.isOpen()) {
            long from = window.from() == null ? Long.MIN_VALUE : window.from().toEpochMilli();
            long to = window.to() == null ? Long.MAX_VALUE : window.to().toEpochMilli() - 1;
            builder.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED_AT, from, to), Occur.FILTER);
        }
        return builder;
    }

    /** Words must all match by default: a reader who adds a word narrows the results. */
    private Query parse(String text) {
        var parser = new QueryParser(ArticleDocuments.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException ex) {
            throw new InvalidQueryException("q is not a valid query: " + firstLine(ex.getMessage()), ex);
        }
    }

    private static void filter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null) {
            builder.add(term(field, value), Occur.FILTER);
        }
    }

    private static String firstLine(String message) {
        return message == null
                ? "syntax error"
                : message.lines().findFirst().orElse(message).strip();
    }
}
