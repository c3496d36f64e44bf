package newsflow.index;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newsflow.index.stories.StoryBands;
import newsflow.support.stories.StoryRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of index-service ({@code newsflow.index.*}).
 *
 * @param store      which store keeps the articles: {@code lucene} (embedded, the default) or {@code opensearch}
 * @param lucene     the embedded Lucene store
 * @param opensearch the OpenSearch store
 * @param retry      how the listener waits for a store that is down
 * @param stories    which articles are copies of one story
 */
@Validated
@ConfigurationProperties("newsflow.index")
public record IndexProperties(
        @NotNull @DefaultValue("lucene") Store store,
        @Valid @NotNull @DefaultValue Lucene lucene,
        @Valid @NotNull @DefaultValue OpenSearch opensearch,
        @Valid @NotNull @DefaultValue StoreRetry retry,
        @Valid @NotNull @DefaultValue Stories stories) {

    public enum Store {
        LUCENE,
        OPENSEARCH
    }

    /**
     * @param path the folder the index lives in; created when missing, and kept across restarts
     */
    public record Lucene(
            @NotNull @DefaultValue("./data/index") Path path) {}

    /**
     * @param uris            the nodes' HTTP addresses
     * @param index           the index the articles are kept in; created with its mapping when missing
     * @param shards          primary shards of the index when it is created
     * @param replicas        replicas of each shard when the index is created
     * @param username        for HTTP basic authentication, with {@code password}; none when empty
     * @param password        the password of {@code username}
     * @param connectTimeout  how long to wait for a connection to a node
     * @param responseTimeout how long to wait for an answer
     */
    public record OpenSearch(
            @NotEmpty @DefaultValue("http://localhost:9200") List<URI> uris,

            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{0,200}") @DefaultValue("newsflow-articles")
            String index,

            @Min(1) @Max(1024) @DefaultValue("1") int shards,
            @Min(0) @Max(16) @DefaultValue("1") int replicas,
            String username,
            String password,
            @NotNull @DefaultValue("2s") Duration connectTimeout,
            @NotNull @DefaultValue("30s") Duration responseTimeout) {

        public OpenSearch {
            uris = List.copyOf(uris);
        }
    }

    /**
     * While the store is down the listener retries the same batch, never dead-lettering it: the wait starts at
     * {@code initialInterval} and doubles up to {@code maxInterval}.
     */
    public record StoreRetry(
            @NotNull @DefaultValue("1s") Duration initialInterval,
            @NotNull @DefaultValue("30s") Duration maxInterval) {}

    /**
     * The {@link StoryRules} index-service gives stories by (their defaults are {@link StoryRules#DEFAULTS}): a new
     * article is a copy of a stored one, and joins its story, when the two texts are near, by their fingerprints (at
     * most {@code maxDistance} bits apart) or by their sentences (they share at least {@code minSharedSentences}
     * sentences word for word, and at least {@code minSentenceShare} of the sentences of the one with fewer); they
     * share entities (at least {@code minEntityOverlap} of the entities of the one with fewer, when either has any);
     * and they were published at most {@code window} apart. An article that is a copy of none starts a story of its
     * own.
     */
    public record Stories(
            @NotNull @DefaultValue("72h") Duration window,

            @Min(0) @Max(StoryBands.BANDS - 1) @DefaultValue("4")
            int maxDistance,

            @Min(1) @DefaultValue("2") int minSharedSentences,

            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.3")
            double minSentenceShare,

            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5")
            double minEntityOverlap) {

        /** The rules these settings make. */
        public StoryRules rules() {
            return new StoryRules(window, maxDistance, minSharedSentences, minSentenceShare, minEntityOverlap);
        }
    }
}
