package newsflow.launcher.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsflow.contract.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * What the store holds of a scenario's stories, read through index-service's query API as a user would: every
 * article of the scenario's sources, page by page.
 */
final class StoreCheck {

    private static final int PAGE = 100;

    private final String indexUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StoreCheck(String indexUrl) {
        this.indexUrl = indexUrl;
    }

    /**
     * How the store compares with what the stories' publishers had accepted.
     *
     * @param expected articles that must be there, at their final version
     * @param indexed  of those, how many are there at that version
     * @param lost     articles that must be there and are not, or not at their final version, and retracted
     *                 articles still there
     * @param duplicated hits beyond one for the same article
     */
    record Verdict(int expected, int indexed, int lost, int duplicated, List<String> examples) {

        boolean complete() {
            return lost == 0 && duplicated == 0 && indexed == expected;
        }
    }

    /** Empty when the index cannot be asked (it is down); else the verdict. */
    Optional<Verdict> check(Collection<Story> stories) {
        Set<String> sources = new HashSet<>();
        stories.forEach(story -> sources.add(story.source()));
        Map<String, List<Long>> held = new HashMap<>();
        for (String source : sources) {
            if (!readAll(source, held)) {
                return Optional.empty();
            }
        }
        int expected = 0;
        int indexed = 0;
        int lost = 0;
        List<String> examples = new ArrayList<>();
        for (Story story : stories) {
            List<Long> versions = held.getOrDefault(story.articleId(), List.of());
            if (story.retracted()) {
                if (!versions.isEmpty()) {
                    lost++;
                    example(examples, story.id() + " retracted but held at " + versions);
                }
                continue;
            }
            expected++;
            if (versions.contains(story.finalVersion())) {
                indexed++;
            } else {
                lost++;
                example(examples, story.id() + " expected at version " + story.finalVersion() + ", held " + versions);
            }
        }
        int duplicated =
                held.values().stream().mapToInt(versions -> versions.size() - 1).sum();
        return Optional.of(new Verdict(expected, indexed, lost, duplicated, examples));
    }

    private boolean readAll(String source, Map<String, List<Long>> held) {
        for (int page = 0; ; page++) {
            Optional<JsonNode> body = page(source, page, PAGE);
            if (body.isEmpty()) {
                return false;
            }
            JsonNode hits = body.get().get("hits");
            for (JsonNode hit : hits) {
                held.computeIfAbsent(hit.get("articleId").asString(), id -> new ArrayList<>())
                        .add(hit.get("version").asLong());
            }
            if (hits.size() < PAGE) {
                return true;
            }
        }
    }

    private Optional<JsonNode> page(String source, int page, int size) {
        URI uri = URI.create(indexUrl + "/api/articles?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8)
                + "&page=" + page + "&size=" + size);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    ? Optional.of(EventJson.mapper().readTree(response.body()))
                    : Optional.empty();
        } catch (IOException ex) {
            return Optional.empty();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 5) {
            examples.add(example);
        }
    }
}
