package newsflow.launcher.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsflow.contract.EventJson;
import newsflow.contract.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Sends each article to ingest-service's {@code POST /api/articles} with the publisher's key, one at a time, as the
 * API asks publishers to: a 202 is accepted, a refusal comes back with its reason code, and a 429 or 503 is tried
 * again after the {@code Retry-After} the server gave, for at most the timeout. A refused key or a server that does
 * not answer stops the run.
 */
final class HttpSink implements ArticleSink {

    private static final long MAX_RETRY_AFTER_SECONDS = 60;

    private final HttpClient http;
    private final URI endpoint;
    private final String key;
    private final Duration timeout;

    HttpSink(URI baseUrl, String key, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.endpoint = URI.create(baseUrl + "/api/articles");
        this.key = key;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<SendOutcome> send(ArticleInput.Article article) {
        return CompletableFuture.completedFuture(post(article.json()));
    }

    private SendOutcome post(byte[] json) {
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        long waitedNanos = 0;
        try {
            while (true) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status != 429 && status != 503) {
                    return outcome(response);
                }
                Duration wait = retryAfter(response);
                if (waitedNanos + wait.toNanos() > timeout.toNanos()) {
                    return new SendOutcome.Stopped(
                            "ingest-service still answers " + status + " (" + message(response) + ") after "
                                    + timeout.toSeconds() + " s of trying again",
                            UNAVAILABLE);
                }
                TimeUnit.MILLISECONDS.sleep(wait.toMillis()); // the server's Retry-After, not a wait for Kafka
                waitedNanos += wait.toNanos();
            }
        } catch (IOException ex) {
            return new SendOutcome.Stopped(
                    "ingest-service does not answer at " + endpoint + ": " + describe(ex), UNAVAILABLE);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Stopped("interrupted", UNAVAILABLE);
        }
    }

    private static SendOutcome outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 202) {
            JsonNode body = json(response.body());
            if (body != null && body.hasNonNull("articleId")) {
                return new SendOutcome.Accepted(
                        body.get("articleId").asString(),
                        body.hasNonNull("version") ? body.get("version").asLong() : null);
            }
            return new SendOutcome.Accepted(null, null);
        }
        if (status == 401) {
            return new SendOutcome.Stopped("ingest-service refused the key: " + message(response), KEY_REFUSED);
        }
        Refusal refusal = refusal(response.body());
        if (status >= 400 && status < 500 && refusal != null && refusal.reason() != null) {
            return new SendOutcome.Refused(refusal);
        }
        return new SendOutcome.Failed("ingest-service answered " + status + ": " + message(response));
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        long seconds = response.headers()
                .firstValue("Retry-After")
                .map(value -> {
                    try {
                        return Long.parseLong(value.trim());
                    } catch (NumberFormatException ex) {
                        return 1L;
                    }
                })
                .orElse(1L);
        return Duration.ofSeconds(Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, seconds)));
    }

    private static Refusal refusal(String body) {
        try {
            return EventJson.mapper().readValue(body, Refusal.class);
        } catch (JacksonException | IllegalArgumentException ex) {
            return null;
        }
    }

    private static String message(HttpResponse<String> response) {
        JsonNode body = json(response.body());
        if (body != null && body.hasNonNull("message")) {
            return body.get("message").asString();
        }
        String text = response.body() == null ? "" : response.body().strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (JacksonException ex) {
            return null;
        }
    }

    private static String describe(IOException ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass()
                    .getSimpleName()
                    .replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase();
        }
        return message;
    }

    @Override
    public void close() {
        // Java 17's HttpClient has nothing to close; its threads end with the JVM.
    }
}
