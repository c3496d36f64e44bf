package newsflow.index.store.opensearch;

import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * The index the articles live in, created with its explicit mapping ({@code article-mapping.json}) the first time
 * the store is used and the index is missing. Creating it is idempotent, so several index-service instances may
 * start at once; and it is retried on every use until it succeeds, so the service starts while OpenSearch is down.
 */
final class OpenSearchIndex {

    private static final String MAPPING = "/newsflow/index/opensearch/article-mapping.json";

    private final OpenSearchClient client;
    private final String name;
    private final int shards;
    private final int replicas;
    private volatile boolean exists;

    OpenSearchIndex(OpenSearchClient client, String name, int shards, int replicas) {
        this.client = client;
        this.name = name;
        this.shards = shards;
        this.replicas = replicas;
    }

    String name() {
        return name;
    }

    /** Creates the index unless it is known to exist. */
    void ensureExists() throws IOException {
        if (this.exists) {
            return;
        }
        synchronized (this) {
            if (this.exists) {
                return;
            }
            if (this.client.indices().exists(exists -> exists.index(this.name)).value()) {
                addNewFields();
            } else {
                create();
            }
            this.exists = true;
        }
    }

    /**
     * Puts the mapping on an index created by an earlier release, which adds the fields that release did not have
     * (the story fields, for one); fields it has keep their mapping, which OpenSearch never changes.
     */
    private void addNewFields() throws IOException {
        TypeMapping mapping = mapping(this.client._transport().jsonpMapper());
        this.client
                .indices()
                .putMapping(
                        put -> put.index(this.name).dynamic(mapping.dynamic()).properties(mapping.properties()));
    }

    private void create() throws IOException {
        TypeMapping mapping = mapping(this.client._transport().jsonpMapper());
        try {
            this.client
                    .indices()
                    .create(create -> create.index(this.name)
                            .settings(settings -> settings.numberOfShards(Integer.toString(this.shards))
                                    .numberOfReplicas(Integer.toString(this.replicas)))
                            .mappings(mapping));
        } catch (OpenSearchException ex) {
            if (ex.error() == null
                    || !"resource_already_exists_exception".equals(ex.error().type())) {
                throw ex;
            }
        }
    }

    private static TypeMapping mapping(JsonpMapper mapper) {
        try (InputStream json = OpenSearchIndex.class.getResourceAsStream(MAPPING);
                JsonParser parser = mapper.jsonProvider().createParser(json)) {
            return TypeMapping._DESERIALIZER.deserialize(parser, mapper);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + MAPPING, ex);
        }
    }
}
