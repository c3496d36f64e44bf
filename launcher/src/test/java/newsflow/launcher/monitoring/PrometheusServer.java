package newsflow.launcher.monitoring;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsflow.contract.EventJson;
import newsflow.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus server (Debian's {@code prometheus}) on a free port of the loopback address, with its data in a
 * folder of the test's: started with a configuration, asked through its HTTP API, and stopped; killed past
 * {@link #TIME_LIMIT} or when the test JVM ends.
 */
final class PrometheusServer implements AutoCloseable {

    static final Duration TIME_LIMIT = Duration.ofMinutes(15);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final String url;

    private PrometheusServer(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts Prometheus with this configuration (a YAML document, or JSON), and waits until it is ready. */
    static PrometheusServer start(Path dir, Map<String, Object> configuration) throws IOException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(
                config, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(configuration));
        String address = "127.0.0.1:" + FreePorts.any();
        Path log = dir.resolve("prometheus.log");
        Process process = LocalTools.start(
                dir,
                log,
                TIME_LIMIT,
                List.of(
                        LocalTools.find("prometheus").orElseThrow().toString(),
                        "--config.file=" + config.toAbsolutePath(),
                        "--storage.tsdb.path=" + dir.resolve("data").toAbsolutePath(),
                        "--web.listen-address=" + address));
        var server = new PrometheusServer(process, log, "http://" + address);
        await("Prometheus ready at " + address)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .failFast("Prometheus exited; its log: " + log, () -> !process.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> server.get("/-/ready").statusCode() == 200);
        return server;
    }

    /**
     * Evaluates PromQL now ({@code /api/v1/query}); the answer's {@code status} is {@code success}, or
     * {@code error} with {@code errorType} and {@code error} (a query that does not parse is {@code bad_data}).
     */
    JsonNode query(String promql) throws IOException, InterruptedException {
        return json(get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)));
    }

    /** Any GET of the HTTP API, {@code /api/v1/rules} for one, as JSON. */
    JsonNode api(String path) throws IOException, InterruptedException {
        return json(get(path));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "Prometheus exited with " + process.exitValue() + "; its log: " + readLog());
        }
        var request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String readLog() {
        try {
            return Files.readString(log);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        LocalTools.stop(process);
    }
}
