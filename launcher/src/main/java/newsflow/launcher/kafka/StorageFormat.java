package newsflow.launcher.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats the broker's data directory, once. A KRaft node refuses to start on an unformatted directory, and
 * formatting an already formatted one would give it a new cluster id and lose its topics, so this formats only when
 * {@code meta.properties} (written last by the format) is missing.
 *
 * <p>It runs Kafka's own {@code kafka-storage.sh format} ({@link StorageTool}), which is Kafka's public way to format
 * and only needs the compile-scope {@code kafka_2.13} jar; the tool reads the broker settings from a file, so they
 * are written to a temporary one for the duration of the call.
 */
final class StorageFormat {

    static final String META_PROPERTIES = "meta.properties";

    private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);

    private StorageFormat() {}

    /** Whether the directory was formatted before (by this class or by {@code kafka-storage.sh}). */
    static boolean isFormatted(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(META_PROPERTIES));
    }

    /**
     * Formats the directory with a fresh cluster id unless it is formatted already.
     *
     * @param config the broker settings, whose {@code log.dirs} is the data directory
     * @param options more options of {@code kafka-storage format}, such as {@code --add-scram ...}
     * @return whether it formatted
     */
    static boolean formatIfMissing(Path dataDirectory, Map<String, String> config, String... options) {
        return formatIfMissing(dataDirectory, config, Optional.empty(), options);
    }

    /**
     * Formats the directory with this cluster id (every node of a cluster has the same), or a fresh one when empty,
     * unless it is formatted already.
     */
    static boolean formatIfMissing(
            Path dataDirectory, Map<String, String> config, Optional<String> givenClusterId, String... options) {
        if (isFormatted(dataDirectory)) {
            givenClusterId.ifPresent(expected -> requireClusterId(dataDirectory, expected));
            return false;
        }
        String clusterId = givenClusterId.orElseGet(() -> Uuid.randomUuid().toString());
        Path configFile = writeTemporary(config);
        try {
            runStorageTool(configFile, clusterId, dataDirectory, options);
        } finally {
            deleteQuietly(configFile);
        }
        log.info("Formatted the Kafka data directory {} (cluster id {})", dataDirectory, clusterId);
        return true;
    }

    /** A node must not join a cluster other than the one its data belongs to. */
    private static void requireClusterId(Path dataDirectory, String expected) {
        Properties meta = new Properties();
        try (var in = Files.newInputStream(dataDirectory.resolve(META_PROPERTIES))) {
            meta.load(in);
        } catch (IOException ex) {
            throw new LocalKafkaException("Cannot read " + dataDirectory.resolve(META_PROPERTIES) + ": " + ex, ex);
        }
        String found = meta.getProperty("cluster.id");
        if (!expected.equals(found)) {
            throw new LocalKafkaException("The Kafka data directory " + dataDirectory + " belongs to cluster " + found
                    + ", not to --cluster-id " + expected + ": give it its own cluster's id, or another directory");
        }
    }

    private static void runStorageTool(Path configFile, String clusterId, Path dataDirectory, String... options) {
        List<String> args =
                new ArrayList<>(List.of("format", "--config", configFile.toString(), "--cluster-id", clusterId));
        args.addAll(List.of(options));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args.toArray(String[]::new), out);
        } catch (RuntimeException ex) {
            throw new LocalKafkaException(
                    "Cannot format the Kafka data directory " + dataDirectory + ": " + ex.getMessage(), ex);
        }
        String said = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new LocalKafkaException("Cannot format the Kafka data directory " + dataDirectory + ": " + said);
        }
        log.debug("kafka-storage format: {}", said);
    }

    private static Path writeTemporary(Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        try {
            Path file = Files.createTempFile("newsflow-kafka-", ".properties");
            // The stream form escapes non-Latin-1 characters (a data directory under a home with accents), as
            // Kafka reads the file back as a stream too.
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "newsflow local Kafka, for kafka-storage format only");
            }
            return file;
        } catch (IOException ex) {
            throw new LocalKafkaException("Cannot write a temporary Kafka config file: " + ex.getMessage(), ex);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ex) {
            log.debug("Could not delete {}", file, ex);
        }
    }
}
