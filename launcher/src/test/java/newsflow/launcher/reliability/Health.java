package newsflow.launcher.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's Spring Boot health, as an orchestrator's probe reads it. */
final class Health {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Health() {}

    /** The status of {@code url} (for example {@code http://localhost:8081/actuator/health}), or UNREACHABLE. */
    static String of(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"status\":\"UP\"")
                    ? "UP"
                    : response.body().contains("\"status\":\"DOWN\"") ? "DOWN" : "HTTP " + response.statusCode();
        } catch (IOException ex) {
            return "UNREACHABLE";
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static boolean isUp(String url) {
        return of(url).equals("UP");
    }
}
