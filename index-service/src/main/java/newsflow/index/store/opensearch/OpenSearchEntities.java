package newsflow.index.store.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.contract.EntityType;
import newsflow.index.store.entities.DayCount;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityCounting;
import newsflow.index.store.entities.EntityTally;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;

/**
 * Entity counts as OpenSearch aggregations: a terms aggregation over the entity ids (of one type, or all), each
 * bucket named by its latest article's entity labels (a one-hit {@code top_hits}); articles per day as a date
 * histogram in UTC.
 */
final class OpenSearchEntities {

    static final String ENTITIES = "entities";
    static final String PER_DAY = "perDay";
    static final String STORIES = "stories";
    private static final String LABEL = "label";
    /** Below this many stories per entity, OpenSearch counts them exactly, or very nearly (its maximum). */
    private static final int EXACT_STORIES = 40_000;

    private OpenSearchEntities() {}

    /**
     * The {@code limit} entities most stories (or articles) mention, of one type or all, leaving out one id (or
     * none); ties by the other count, then by id.
     */
    static Aggregation top(EntityType type, String leaveOut, EntityCounting counting, int limit) {
        Map<String, SortOrder> byStories = Map.of(STORIES, SortOrder.Desc);
        Map<String, SortOrder> byArticles = Map.of("_count", SortOrder.Desc);
        List<Map<String, SortOrder>> order = counting == EntityCounting.STORIES
                ? List.of(byStories, byArticles, Map.of("_key", SortOrder.Asc))
                : List.of(byArticles, byStories, Map.of("_key", SortOrder.Asc));
        return Aggregation.of(aggregation -> aggregation
                .terms(terms -> {
                    terms.field(OpenSearchDocuments.entityField(type))
                            .size(limit)
                            .order(order);
                    if (leaveOut != null) {
                        terms.exclude(exclude -> exclude.terms(List.of(leaveOut)));
                    }
                    return terms;
                })
                .aggregations(STORIES, stories())
                .aggregations(
                        LABEL,
                        label -> label.topHits(hits -> hits.size(1)
                                .sort(OpenSearchQueries.NEWEST.get(0))
                                .source(source ->
                                        source.filter(filter -> filter.includes(OpenSearchDocuments.ENTITIES))))));
    }

    /** How many stories the articles are copies in. */
    static Aggregation stories() {
        return Aggregation.of(aggregation -> aggregation.cardinality(
                cardinality -> cardinality.field(OpenSearchDocuments.STORY_ID).precisionThreshold(EXACT_STORIES)));
    }

    static Aggregation perDay() {
        return Aggregation.of(aggregation -> aggregation.dateHistogram(histogram -> histogram
                .field(OpenSearchDocuments.PUBLISHED_AT)
                .calendarInterval(CalendarInterval.Day)
                .timeZone("UTC")
                .format("yyyy-MM-dd")
                .minDocCount(1)));
    }

    static List<EntityCount> counts(Map<String, Aggregate> aggregations) {
        return aggregations.get(ENTITIES).sterms().buckets().array().stream()
                .map(OpenSearchEntities::named)
                .flatMap(Optional::stream)
                .toList();
    }

    static List<DayCount> days(Map<String, Aggregate> aggregations) {
        return aggregations.get(PER_DAY).dateHistogram().buckets().array().stream()
                .map(bucket -> new DayCount(LocalDate.parse(bucket.keyAsString()), bucket.docCount()))
                .toList();
    }

    private static Optional<EntityCount> named(StringTermsBucket bucket) {
        var hits = bucket.aggregations().get(LABEL).topHits().hits().hits();
        if (hits.isEmpty() || hits.get(0).source() == null) {
            return Optional.empty();
        }
        ObjectNode source = hits.get(0).source().to(ObjectNode.class);
        long stories = bucket.aggregations().get(STORIES).cardinality().value();
        return OpenSearchDocuments.label(source, bucket.key(), new EntityTally(bucket.docCount(), stories));
    }
}
