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
        if (isFormatted(dataDirectory)) {
            return false;
        }
        String clusterId = Uuid.randomUuid().toString();
        Path configFile = writeTemporary(config);
        try {
            runStorageTool(configFile, clusterId, dataDirectory, options);
        } finally {
            deleteQuietly(configFile);
        }
        log.info("Formatted the Kafka data directory {} (cluster id {})", dataDirectory, clusterId);
        return true;
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
