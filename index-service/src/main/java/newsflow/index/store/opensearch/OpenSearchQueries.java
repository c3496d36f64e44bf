package newsflow.index.store.opensearch;

import java.util.ArrayList;
import java.util.List;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.Snippets;
import newsflow.index.stories.StoryProbe;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.HighlighterType;

/**
 * Turns an {@link ArticleQuery} into OpenSearch's query DSL over the fields of {@link OpenSearchDocuments}: the same
 * criteria, text syntax ({@code query_string}, all words required), orders and tie-breaks as the Lucene store.
 */
final class OpenSearchQueries {

    static final List<SortOptions> NEWEST = List.of(
            sort(OpenSearchDocuments.PUBLISHED_AT, SortOrder.Desc),
            sort(OpenSearchDocuments.ARTICLE_ID, SortOrder.Asc));

    private OpenSearchQueries() {}

    /** Articles only (never retraction markers) matching every criterion given. */
    static Query toQuery(ArticleQuery query) {
        BoolQuery.Builder bool = articles(query.window());
        if (query.text() != null) {
            bool.must(must -> must.queryString(text -> text.query(query.text())
                    .defaultField(OpenSearchDocuments.TEXT)
                    .defaultOperator(Operator.And)));
        }
        filter(bool, OpenSearchDocuments.ENTITY, query.entity());
        filter(
                bool,
                OpenSearchDocuments.TYPE,
                query.type() == null ? null : query.type().name());
        filter(bool, OpenSearchDocuments.COUNTRY, query.country());
        filter(bool, OpenSearchDocuments.SOURCE, query.source());
        filter(bool, OpenSearchDocuments.LANGUAGE, query.language());
        filter(bool, OpenSearchDocuments.STORY_ID, query.story());
        return bool.build().toQuery();
    }

    /** Articles published in the window, optionally mentioning an entity. */
    static Query articlesOf(TimeWindow window, String entityId) {
        BoolQuery.Builder bool = articles(window);
        filter(bool, OpenSearchDocuments.ENTITY, entityId);
        return bool.build().toQuery();
    }

    /**
     * The near-neighbour lookup of a story probe: articles in its window sharing a band of its fingerprint or one of
     * its sentences, or the probe's own article.
     */
    static Query storyCandidates(StoryProbe probe) {
        BoolQuery.Builder near = articles(probe.window());
        Query bands = terms(
                OpenSearchDocuments.FINGERPRINT_BAND,
                probe.bands().stream().map(FieldValue::of).toList());
        Query sentences = terms(
                OpenSearchDocuments.STORY_SENTENCE,
                probe.lookupSentences().stream().map(FieldValue::of).toList());
        near.filter(either ->
                either.bool(keys -> keys.should(bands).should(sentences).minimumShouldMatch("1")));
        BoolQuery.Builder self = articles(TimeWindow.always());
        filter(self, OpenSearchDocuments.ARTICLE_ID, probe.articleId());
        return Query.of(query -> query.bool(either -> either.should(near.build().toQuery())
                .should(self.build().toQuery())
                .minimumShouldMatch("1")));
    }

    private static Query terms(String field, List<FieldValue> values) {
        return Query.of(query -> query.terms(terms -> terms.field(field).terms(list -> list.value(values))));
    }

    static Query term(String field, String value) {
        return Query.of(query -> query.term(term -> term.field(field).value(FieldValue.of(value))));
    }

    /** The query's order; ties newest first, then by id, so that pages never overlap. */
    static List<SortOptions> toSort(ArticleQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> {
                List<SortOptions> sort = new ArrayList<>();
                sort.add(SortOptions.of(option -> option.score(score -> score.order(SortOrder.Desc))));
                sort.addAll(NEWEST);
                yield sort;
            }
            case OLDEST ->
                List.of(
                        sort(OpenSearchDocuments.PUBLISHED_AT, SortOrder.Asc),
                        sort(OpenSearchDocuments.ARTICLE_ID, SortOrder.Asc));
            case NEWEST -> NEWEST;
        };
    }

    /** One passage of the text around the matches, HTML-escaped, matches in {@code <mark>}. */
    static Highlight highlight() {
        return Highlight.of(highlight -> highlight
                .type(HighlighterType.of(type ->
                        type.builtin(org.opensearch.client.opensearch.core.search.BuiltinHighlighterType.Unified)))
                .encoder(HighlighterEncoder.Html)
                .preTags(Snippets.MARK)
                .postTags(Snippets.END_MARK)
                .fields(
                        OpenSearchDocuments.TEXT,
                        field -> field.numberOfFragments(1).fragmentSize(Snippets.LENGTH)));
    }

    private static BoolQuery.Builder articles(TimeWindow window) {
        BoolQuery.Builder bool =
                new BoolQuery.Builder().filter(term(OpenSearchDocuments.KIND, OpenSearchDocuments.ARTICLE));
        if (!window.isOpen()) {
            bool.filter(filter -> filter.range(range -> {
                range.field(OpenSearchDocuments.PUBLISHED_AT);
                if (window.from() != null) {
                    range.gte(JsonData.of(window.from().toEpochMilli()));
                }
                if (window.to() != null) {
                    range.lt(JsonData.of(window.to().toEpochMilli()));
                }
                return range;
            }));
        }
        return bool;
    }

    private static void filter(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(term(field, value));
        }
    }

    private static SortOptions sort(String field, SortOrder order) {
        return SortOptions.of(option -> option.field(sort -> sort.field(field).order(order)));
    }
}
