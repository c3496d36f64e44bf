package newsflow.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EventJson;
import newsflow.contract.SampleArticles;

/**
 * {@code local --demo}: pushes the seed article and the other sample articles through {@code POST /api/articles} as
 * the demo publisher, waits until the index serves each, and prints its entities.
 */
final class Demo {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String indexUrl;
    private final PrintStream out;

    Demo(String ingestUrl, String indexUrl, PrintStream out) {
        this.ingestUrl = ingestUrl;
        this.indexUrl = indexUrl;
        this.out = out;
    }

    void run() {
        List<String> articles = new ArrayList<>();
        articles.add(EventJson.mapper().writeValueAsString(SampleArticles.seed("demo", "seed-article")));
        SampleArticles.JSON_SAMPLES.forEach(name -> articles.add(SampleArticles.json(name)));
        out.printf(
                "%nDemo: pushing %d articles to POST %s/api/articles as publisher demo (key demo-key)%n",
                articles.size(), ingestUrl);
        List<String> accepted = new ArrayList<>();
        for (String article : articles) {
            push(article).ifPresent(accepted::add);
        }
        for (String articleId : accepted) {
            awaitIndexed(articleId)
                    .ifPresentOrElse(
                            this::print, () -> out.printf("%n  %s was not searchable within %s%n", articleId, WAIT));
        }
        out.printf("%nTry: curl -s '%s/api/articles?entity=country:RU'%n", indexUrl);
    }

    private Optional<String> push(String json) {
        var request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                .header("Authorization", "Bearer demo-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = send(request);
        if (response == null || response.statusCode() != 202) {
            out.printf(
                    "  refused: %s%n", response == null ? "no answer" : response.statusCode() + " " + response.body());
            return Optional.empty();
        }
        return Optional.of(
                EventJson.mapper().readTree(response.body()).get("articleId").asString());
    }

    private Optional<ArticleEnriched> awaitIndexed(String articleId) {
        Instant deadline = Instant.now().plus(WAIT);
        var request = HttpRequest.newBuilder(URI.create(indexUrl + "/api/articles/" + articleId))
                .GET()
                .build();
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send(request);
            if (response != null && response.statusCode() == 200) {
                return Optional.of(EventJson.mapper().readValue(response.body(), ArticleEnriched.class));
            }
            pause();
        }
        return Optional.empty();
    }

    private void print(ArticleEnriched article) {
        out.printf(
                "%n  %s%n  articleId %s, version %d, %d entities:%n",
                article.title(),
                article.articleId(),
                article.version(),
                article.entities().size());
        for (Entity entity : article.entities()) {
            out.printf(
                    "    %-12s %-44s %-40s salience %.2f%n",
                    entity.type(), entity.id(), entity.name(), entity.salience());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            return null;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The demo polls the index API the way a person would, every half second; it is not a test. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
