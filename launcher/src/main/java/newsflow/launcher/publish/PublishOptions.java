package newsflow.launcher.publish;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsflow.launcher.cli.Arguments;

/**
 * The arguments of {@code publish PATH... (--http URL --key KEY | --bootstrap-servers HOSTS) [--source ID]
 * [--language CODE] [--kafka-property NAME=VALUE ...] [--timeout DURATION]}.
 *
 * @param paths            files, folders, or {@code -} for JSON lines on stdin
 * @param httpUrl          ingest-service's base URL, when publishing over HTTP
 * @param key              the publisher's API key, with {@code httpUrl}
 * @param bootstrapServers the Kafka cluster, when publishing straight to {@code articles.raw}
 * @param kafkaProperties  further Kafka client settings (security, for example)
 * @param source           the publisher id given to text and HTML files; JSON lines carry their own
 * @param language         the language given to text and HTML files, when not detected
 * @param timeout          how long to wait for the server or the brokers before giving up
 */
record PublishOptions(
        List<String> paths,
        URI httpUrl,
        String key,
        String bootstrapServers,
        Map<String, String> kafkaProperties,
        String source,
        String language,
        Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    boolean overHttp() {
        return httpUrl != null;
    }

    /** Where the articles go, for messages. */
    String destination() {
        return overHttp() ? httpUrl + "/api/articles" : "articles.raw on " + bootstrapServers;
    }

    /**
     * @throws IllegalArgumentException when the arguments are not valid, with a message for the user
     */
    static PublishOptions parse(String[] args) {
        List<String> paths = new ArrayList<>();
        Map<String, String> kafkaProperties = new LinkedHashMap<>();
        String http = null;
        String key = null;
        String bootstrapServers = null;
        String source = null;
        String language = null;
        Duration timeout = DEFAULT_TIMEOUT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--http" -> http = Arguments.value(args, ++i, arg);
                case "--key" -> key = Arguments.value(args, ++i, arg);
                case "--bootstrap-servers" -> bootstrapServers = Arguments.value(args, ++i, arg);
                case "--kafka-property" -> Arguments.setting(Arguments.value(args, ++i, arg), arg, kafkaProperties);
                case "--source" ->
                    source = matching(
                            Arguments.value(args, ++i, arg),
                            SOURCE,
                            arg,
                            "1-64 lower-case letters, " + "digits, '.', '_' or '-'");
                case "--language" ->
                    language = matching(Arguments.value(args, ++i, arg), LANGUAGE, arg, "an ISO 639-1 code");
                case "--timeout" -> timeout = Arguments.positiveDuration(Arguments.value(args, ++i, arg), arg, "30s");
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("publish does not know the option " + arg);
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("publish needs at least one file or folder (- for JSON lines on stdin)");
        }
        if ((http == null) == (bootstrapServers == null)) {
            throw new IllegalArgumentException(
                    "publish needs either --http URL --key KEY (ingest-service) or --bootstrap-servers HOSTS (Kafka)");
        }
        if (http != null && (key == null || key.isBlank())) {
            throw new IllegalArgumentException("--http needs the publisher's API key: --key KEY");
        }
        if (http != null && !kafkaProperties.isEmpty()) {
            throw new IllegalArgumentException(
                    "--kafka-property goes with --bootstrap-servers; over HTTP ingest-service's key authenticates");
        }
        if (http == null && key != null) {
            throw new IllegalArgumentException(
                    "--key goes with --http; over Kafka the brokers authenticate the client");
        }
        return new PublishOptions(
                List.copyOf(paths),
                http == null ? null : baseUrl(http),
                key,
                bootstrapServers,
                Map.copyOf(kafkaProperties),
                source,
                language,
                timeout);
    }

    private static String matching(String value, Pattern pattern, String option, String what) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(option + " must be " + what + ", not " + value);
        }
        return value;
    }

    private static URI baseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ex) {
            // reported below
        }
        throw new IllegalArgumentException(
                "--http must be ingest-service's URL, such as http://localhost:8081, not " + value);
    }
}
