package newsflow.launcher.tail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.contract.EntityType;
import newsflow.contract.Topics;
import newsflow.launcher.cli.Arguments;

/**
 * The arguments of {@code tail [--topic TOPIC] [--from-beginning] [--entity ID|NAME] [--type TYPE] [--country CC]
 * [--source ID] [--language CODE] [--json] [--max N] [--bootstrap-servers HOSTS] [--kafka-property N=V ...]}.
 *
 * @param topic            a pipeline topic, {@code articles.enriched} by default
 * @param fromBeginning    whether to start at the oldest record kept rather than now
 * @param filter           which articles to print
 * @param json             whether to print each record's JSON rather than a readable line
 * @param max              stop after printing this many, 0 for never
 * @param bootstrapServers the Kafka cluster
 * @param kafkaProperties  further Kafka client settings (security, for example)
 * @param timeout          how long to wait for the brokers to answer at start
 */
record TailOptions(
        String topic,
        boolean fromBeginning,
        TailFilter filter,
        boolean json,
        long max,
        String bootstrapServers,
        Map<String, String> kafkaProperties,
        Duration timeout) {

    static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The topics of articles, which tail prints a line per article of. */
    static final List<String> ARTICLE_TOPICS = List.of(Topics.RAW, Topics.REJECTED, Topics.INGESTED, Topics.ENRICHED);

    /**
     * @throws IllegalArgumentException when the arguments are not valid, with a message for the user
     */
    static TailOptions parse(String[] args) {
        String topic = Topics.ENRICHED;
        boolean fromBeginning = false;
        boolean json = false;
        long max = 0;
        String bootstrapServers = DEFAULT_BOOTSTRAP_SERVERS;
        Map<String, String> kafkaProperties = new LinkedHashMap<>();
        String entity = null;
        EntityType type = null;
        String country = null;
        String source = null;
        String language = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--topic" -> topic = topic(value(args, ++i, arg));
                case "--from-beginning" -> fromBeginning = true;
                case "--json" -> json = true;
                case "--max" -> max = Arguments.number(value(args, ++i, arg), arg, 1, Integer.MAX_VALUE);
                case "--bootstrap-servers" -> bootstrapServers = value(args, ++i, arg);
                case "--kafka-property" -> Arguments.setting(value(args, ++i, arg), arg, kafkaProperties);
                case "--entity" -> entity = value(args, ++i, arg);
                case "--type" -> type = type(value(args, ++i, arg));
                case "--country" -> country = country(value(args, ++i, arg));
                case "--source" -> source = value(args, ++i, arg);
                case "--language" -> language = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                default -> throw new IllegalArgumentException("tail does not know the argument " + arg);
            }
        }
        var filter = new TailFilter(entity, type, country, source, language);
        if (filter.readsEntities() && !Topics.ENRICHED.equals(topic)) {
            throw new IllegalArgumentException(
                    "--entity, --type and --country filter " + Topics.ENRICHED + " only, not " + topic);
        }
        return new TailOptions(
                topic, fromBeginning, filter, json, max, bootstrapServers, Map.copyOf(kafkaProperties), TIMEOUT);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static String topic(String value) {
        if (!ARTICLE_TOPICS.contains(value)) {
            throw new IllegalArgumentException(
                    "tail follows one of " + String.join(", ", ARTICLE_TOPICS) + ", not " + value);
        }
        return value;
    }

    private static EntityType type(String value) {
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(
                    "--type must be PERSON, ORGANIZATION, COUNTRY or LOCATION, not " + value);
        }
    }

    private static String country(String value) {
        if (!value.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("--country must be a two-letter country code such as DK, not " + value);
        }
        return value.toUpperCase(Locale.ROOT);
    }
}
