package newsflow.index.store.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.index.IndexProperties;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleRejectedException;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.StoreStatus;
import newsflow.index.store.StoreUnavailableException;
import newsflow.index.store.WriteResult;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityProfile;
import newsflow.index.store.entities.EntityQuery;
import newsflow.index.store.search.ArticleHit;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.store.search.IndexedEntities;
import newsflow.index.store.search.SearchPage;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;

/**
 * The {@link ArticleStore} for users who outgrow one machine: an OpenSearch index, through the official client.
 * A batch is one {@code _bulk} request with external versions ({@link newsflow.index.store.StoredVersion#ordinal()}),
 * so OpenSearch itself keeps the newer of two writes and a stale one comes back as a version conflict; it is
 * refreshed before it returns, so what was written is visible. An unreachable, overloaded or failing cluster makes
 * the whole batch {@link newsflow.index.store.StoreUnavailableException unavailable}, to be retried as it was.
 */
public final class OpenSearchArticleStore implements ArticleStore, Closeable {

    private static final int VERSION_CONFLICT = 409;
    /**
     * The most articles one story lookup reads: those sharing a fingerprint band with a new article in the window,
     * about one in 2^10 per band of the window's articles.
     */
    private static final int STORY_CANDIDATES = 1_000;

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;
    private final OpenSearchIndex index;
    private final OpenSearchDocuments documents;

    private OpenSearchArticleStore(
            ApacheHttpClient5Transport transport, String index, int shards, int replicas, ObjectMapper json) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.index = new OpenSearchIndex(this.client, index, shards, replicas);
        this.documents = new OpenSearchDocuments(json);
    }

    /**
     * A store on the cluster and index these settings name. Nothing is sent yet: the index is created, when
     * missing, on first use.
     */
    public static OpenSearchArticleStore connect(IndexProperties.OpenSearch settings) {
        var json = new ObjectMapper();
        return new OpenSearchArticleStore(
                OpenSearchTransports.transport(settings, json),
                settings.index(),
                settings.shards(),
                settings.replicas(),
                json);
    }

    /** Closes the client's connections. */
    @Override
    public void close() throws IOException {
        this.transport.close();
    }

    @Override
    public List<WriteResult> write(List<? extends ArticleChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<BulkOperation> operations = changes.stream().map(this::operation).toList();
        BulkResponse response;
        try {
            this.index.ensureExists();
            response = this.client.bulk(bulk -> bulk.operations(operations).refresh(Refresh.True));
        } catch (IOException | OpenSearchException ex) {
            throw OpenSearchFailures.unavailable("write", ex);
        }
        return results(changes, response.items());
    }

    @Override
    public Optional<ArticleEnriched> find(String articleId) {
        try {
            this.index.ensureExists();
            var response = this.client.get(get -> get.index(this.index.name()).id(articleId), ObjectNode.class);
            ObjectNode source = response.source();
            if (!response.found()
                    || source == null
                    || !OpenSearchDocuments.ARTICLE.equals(
                            source.path(OpenSearchDocuments.KIND).asText())) {
                return Optional.empty();
            }
            return Optional.of(this.documents.toArticle(source));
        } catch (IOException | OpenSearchException ex) {
            throw OpenSearchFailures.unavailable("read", ex);
        }
    }

    @Override
    public SearchPage search(ArticleQuery query) {
        SearchResponse<ObjectNode> response = search(OpenSearchQueries.toQuery(query), request -> {
            request.from(query.page() * query.size()).size(query.size()).sort(OpenSearchQueries.toSort(query));
            if (query.text() != null) {
                request.highlight(OpenSearchQueries.highlight());
            }
        });
        return new SearchPage(response.hits().total().value(), query.page(), query.size(), hits(response));
    }

    @Override
    public List<EntityCount> topEntities(EntityQuery query) {
        SearchResponse<ObjectNode> response = search(
                OpenSearchQueries.articlesOf(query.window(), null),
                request -> request.size(0)
                        .aggregations(
                                OpenSearchEntities.ENTITIES,
                                OpenSearchEntities.top(query.type(), null, query.counting(), query.limit())));
        return OpenSearchEntities.counts(response.aggregations());
    }

    @Override
    public Optional<EntityProfile> entity(String entityId, EntityQuery query) {
        SearchResponse<ObjectNode> response = search(
                OpenSearchQueries.articlesOf(query.window(), entityId),
                request -> request.size(query.limit())
                        .sort(OpenSearchQueries.NEWEST)
                        .aggregations(OpenSearchEntities.PER_DAY, OpenSearchEntities.perDay())
                        .aggregations(OpenSearchEntities.STORIES, OpenSearchEntities.stories())
                        .aggregations(
                                OpenSearchEntities.ENTITIES,
                                OpenSearchEntities.top(null, entityId, query.counting(), query.limit())));
        List<ArticleHit> latest = hits(response);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        var entity =
                IndexedEntities.of(this.documents
                                .toArticle(response.hits().hits().get(0).source())
                                .entities())
                        .stream()
                        .filter(candidate -> candidate.id().equals(entityId))
                        .findFirst()
                        .orElseThrow();
        return Optional.of(new EntityProfile(
                entityId,
                entity.type(),
                entity.name(),
                entity.wikidataId(),
                response.hits().total().value(),
                response.aggregations()
                        .get(OpenSearchEntities.STORIES)
                        .cardinality()
                        .value(),
                OpenSearchEntities.days(response.aggregations()),
                OpenSearchEntities.counts(response.aggregations()),
                latest));
    }

    @Override
    public long countStories(ArticleQuery query) {
        SearchResponse<ObjectNode> response = search(
                OpenSearchQueries.toQuery(query),
                request -> request.size(0).aggregations(OpenSearchEntities.STORIES, OpenSearchEntities.stories()));
        return response.aggregations()
                .get(OpenSearchEntities.STORIES)
                .cardinality()
                .value();
    }

    @Override
    public List<StoryCandidate> storyCandidates(StoryProbe probe) {
        SearchResponse<ObjectNode> response = search(
                OpenSearchQueries.storyCandidates(probe),
                request -> request.size(STORY_CANDIDATES)
                        .source(source -> source.filter(filter -> filter.includes(OpenSearchDocuments.STORY_FIELDS))));
        List<StoryCandidate> candidates = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            OpenSearchDocuments.storyCandidate(hit.source())
                    .filter(candidate -> probe.mayBeCopy(candidate.fingerprint(), candidate.sentences())
                            || candidate.articleId().equals(probe.articleId()))
                    .ifPresent(candidates::add);
        }
        return candidates;
    }

    @Override
    public StoreStatus status() {
        Map<String, Object> details = new HashMap<>(Map.of("store", "opensearch", "index", this.index.name()));
        try {
            this.index.ensureExists();
            Query articles = OpenSearchQueries.term(OpenSearchDocuments.KIND, OpenSearchDocuments.ARTICLE);
            details.put(
                    "articles",
                    this.client
                            .count(count -> count.index(this.index.name()).query(articles))
                            .count());
            return new StoreStatus(true, details);
        } catch (IOException | OpenSearchException ex) {
            details.put("error", OpenSearchFailures.describe(ex));
            return new StoreStatus(false, details);
        }
    }

    private BulkOperation operation(ArticleChange change) {
        ObjectNode document = this.documents.of(change);
        long version = change.toStoredVersion().ordinal();
        return BulkOperation.of(operation -> operation.index(write -> write.index(this.index.name())
                .id(change.articleId())
                .version(version)
                .versionType(VersionType.External)
                .document(document)));
    }

    private static List<WriteResult> results(List<? extends ArticleChange> changes, List<BulkResponseItem> items) {
        List<WriteResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                results.add(WriteResult.WRITTEN);
            } else if (item.status() == VERSION_CONFLICT) {
                results.add(WriteResult.IGNORED_STALE);
            } else if (OpenSearchFailures.isTransient(item.status())) {
                throw new StoreUnavailableException(
                        "OpenSearch cannot write article " + item.id() + ": " + item.status() + " "
                                + OpenSearchFailures.reason(item.error()),
                        null);
            } else {
                throw new ArticleRejectedException(
                        i,
                        "OpenSearch refuses article " + changes.get(i).articleId() + ": " + item.status() + " "
                                + OpenSearchFailures.reason(item.error()),
                        null);
            }
        }
        return results;
    }

    private SearchResponse<ObjectNode> search(Query query, SearchCustomizer customizer) {
        try {
            this.index.ensureExists();
            return this.client.search(
                    request -> {
                        request.index(this.index.name())
                                .query(query)
                                .trackTotalHits(total -> total.enabled(true))
                                .source(source -> source.filter(filter ->
                                        filter.includes(OpenSearchDocuments.EVENT, OpenSearchDocuments.STORY_ID)));
                        customizer.customize(request);
                        return request;
                    },
                    ObjectNode.class);
        } catch (IOException | OpenSearchException ex) {
            throw OpenSearchFailures.ofSearch(ex);
        }
    }

    private List<ArticleHit> hits(SearchResponse<ObjectNode> response) {
        List<ArticleHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            List<String> marked = hit.highlight().getOrDefault(OpenSearchDocuments.TEXT, List.of());
            hits.add(ArticleHit.of(
                    this.documents.toArticle(hit.source()),
                    hit.source().path(OpenSearchDocuments.STORY_ID).textValue(),
                    marked.isEmpty() ? null : marked.get(0)));
        }
        return hits;
    }

    @FunctionalInterface
    private interface SearchCustomizer {
        void customize(SearchRequest.Builder request);
    }
}
