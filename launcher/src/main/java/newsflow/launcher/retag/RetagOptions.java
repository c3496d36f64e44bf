package newsflow.launcher.retag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.launcher.cli.Arguments;

/**
 * The arguments of {@code retag}.
 *
 * @param from             the first publication day to re-tag (UTC), or null for no lower bound
 * @param to               the last publication day to re-tag, inclusive, or null for no upper bound
 * @param source           the one publisher to re-tag, or null for all
 * @param bootstrapServers the Kafka cluster
 * @param kafkaProperties  further Kafka client settings (security, for example)
 * @param timeout          how long to wait for the brokers to answer
 * @param waitFor          how long to wait for the outcomes once the requests are sent; zero waits until all came
 */
record RetagOptions(
        LocalDate from,
        LocalDate to,
        String source,
        String bootstrapServers,
        Map<String, String> kafkaProperties,
        Duration timeout,
        Duration waitFor) {

    static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    /**
     * @throws IllegalArgumentException when the arguments are not valid, with a message for the user
     */
    static RetagOptions parse(String[] args) {
        LocalDate from = null;
        LocalDate to = null;
        String source = null;
        String bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;
        Map<String, String> kafkaProperties = new LinkedHashMap<>();
        Duration timeout = Duration.ofSeconds(30);
        Duration waitFor = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--from" -> from = day(Arguments.value(args, ++i, arg), arg);
                case "--to" -> to = day(Arguments.value(args, ++i, arg), arg);
                case "--source" -> source = Arguments.value(args, ++i, arg);
                case "--bootstrap-servers" -> bootstrapServers = Arguments.value(args, ++i, arg);
                case "--kafka-property" -> Arguments.setting(Arguments.value(args, ++i, arg), arg, kafkaProperties);
                case "--timeout" -> timeout = Arguments.positiveDuration(Arguments.value(args, ++i, arg), arg, "30s");
                case "--wait" -> waitFor = Arguments.positiveDuration(Arguments.value(args, ++i, arg), arg, "10m");
                default -> throw new IllegalArgumentException("retag does not know the argument " + arg);
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        return new RetagOptions(from, to, source, bootstrapServers, Map.copyOf(kafkaProperties), timeout, waitFor);
    }

    /** Whether an article published at this time (its arrival when the publisher gave none) is to be re-tagged. */
    boolean publishedWithin(Instant publishedAt) {
        if (from != null && publishedAt.isBefore(from.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            return false;
        }
        return to == null || publishedAt.isBefore(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** What is to be re-tagged, for people. */
    String selection() {
        String days = from == null && to == null
                ? "every article"
                : "articles published " + (from != null ? "from " + from : "") + (from != null && to != null ? " " : "")
                        + (to != null ? "to " + to : "");
        return days + (source != null ? " of " + source : "");
    }

    private static LocalDate day(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(option + " must be a day such as 2026-11-30, not " + value);
        }
    }
}
