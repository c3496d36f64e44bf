package newsflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document describes every topic and every reason code the code knows, and nothing it does not. */
class AsyncApiTests {

    private static final String FOLDER = "/newsflow/contract/";
    private static final JsonNode ASYNCAPI = read("asyncapi.yaml");

    @Test
    void isAnAsyncApi3Document() {
        assertThat(ASYNCAPI.path("asyncapi").asString()).startsWith("3.");
        assertThat(ASYNCAPI.path("info").path("title").asString()).isEqualTo("newsflow");
    }

    @Test
    void givesEachEventTheCloudEventsTypeAndSourceTheServicesWrite() {
        JsonNode messages = ASYNCAPI.path("components").path("messages");
        assertThat(List.of("articleIngested", "articleEnriched", "articleRejected"))
                .extracting(name -> messages.at("/" + name + "/headers/allOf/1/properties/ce_type/const")
                        .asString())
                .containsExactly(
                        CloudEventHeaders.ARTICLE_INGESTED,
                        CloudEventHeaders.ARTICLE_ENRICHED,
                        CloudEventHeaders.ARTICLE_REJECTED);
        assertThat(List.of("articleIngested", "articleEnriched", "articleRejected"))
                .extracting(name -> messages.at("/" + name + "/headers/allOf/1/properties/ce_source/const")
                        .asString())
                .containsExactly(
                        CloudEventHeaders.INGEST_SERVICE,
                        CloudEventHeaders.ENRICH_SERVICE,
                        CloudEventHeaders.INGEST_SERVICE);
        assertThat(messages.at("/articleRetracted/headers/properties/ce_type/const")
                        .asString())
                .isEqualTo(CloudEventHeaders.ARTICLE_RETRACTED);
        assertThat(ASYNCAPI.at("/components/schemas/CloudEventAttributes/required"))
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(
                        CloudEventHeaders.SPECVERSION,
                        CloudEventHeaders.ID,
                        CloudEventHeaders.SOURCE,
                        CloudEventHeaders.TYPE,
                        CloudEventHeaders.CONTENT_TYPE);
    }

    @Test
    void describesEveryTopicAndDeadLetterTopicOfTheContract() {
        List<String> addresses = ASYNCAPI.path("channels")
                .valueStream()
                .map(channel -> channel.path("address").asString())
                .toList();

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(contractTopics());
    }

    @Test
    void documentsExactlyTheContractsReasonCodesEachWithAnExplanation() {
        JsonNode codes = ASYNCAPI.at("/components/schemas/ReasonCode/oneOf");

        assertThat(codes.valueStream().map(code -> code.path("const").asString()))
                .containsExactly(
                        Arrays.stream(ReasonCode.values()).map(Enum::name).toArray(String[]::new));
        assertThat(codes.valueStream()).allSatisfy(code -> {
            assertThat(code.path("description").asString()).isNotBlank();
            assertThat(code.path("x-http-status").asString()).isNotBlank();
        });
    }

    @Test
    void refersOnlyToSchemaFilesThatShipWithTheContract() {
        List<String> references = new ArrayList<>();
        collectFileReferences(ASYNCAPI, references);

        assertThat(references)
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(AsyncApiTests.class.getResource(FOLDER + reference.substring(2)))
                        .as(reference)
                        .isNotNull());
    }

    @Test
    void keysEveryArticleTopicByArticleIdInTheFormArticleIdsDerives() {
        String pattern = ASYNCAPI.at("/components/schemas/ArticleId/pattern").asString();

        assertThat(ArticleIds.derive("demo", "seed-1")).matches(pattern);
        assertThat(ASYNCAPI.at("/channels/articleVersions/bindings/kafka/topicConfiguration/cleanup.policy/0")
                        .asString())
                .isEqualTo("compact");
    }

    /** Every topic name constant of {@link Topics}, and the dead-letter topic of every consumed topic. */
    private static List<String> contractTopics() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && !field.getName().equals("DEAD_LETTER_SUFFIX")) {
                topics.add(constant(field));
            }
        }
        Topics.CONSUMED.forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
        return topics;
    }

    private static void collectFileReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asString().startsWith("./")) {
                references.add(ref.asString());
            }
        }
        node.values().forEach(child -> collectFileReferences(child, references));
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = AsyncApiTests.class.getResourceAsStream(FOLDER + name)) {
            // A key written twice would silently hide the first; refuse it.
            return YAMLMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build()
                    .readTree(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
