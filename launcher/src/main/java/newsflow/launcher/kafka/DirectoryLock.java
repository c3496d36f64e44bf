package newsflow.launcher.kafka;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the data directory for one local broker from before it is formatted until after it has stopped.
 *
 * <p>Kafka locks its log directories itself, but only once the broker part starts, after the controller part has
 * already opened and written the metadata log in that same directory; a second broker on a directory in use would
 * so damage the first before failing. This lock is taken first, on a file of its own (Kafka's {@code .lock} must stay
 * free for Kafka), and is checked within this JVM too, where file locks do not guard against a second channel.
 */
final class DirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "newsflow-local-kafka.lock";

    /** Directories locked by this JVM, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;

    private DirectoryLock(Path directory, FileChannel channel) {
        this.directory = directory;
        this.channel = channel;
    }

    /**
     * Creates the directory if need be and locks it.
     *
     * @throws LocalKafkaException when another local broker, in this JVM or another process, holds it
     */
    static DirectoryLock acquire(Path directory) {
        Path key = realPath(directory);
        if (!HELD.add(key)) {
            throw inUse(directory);
        }
        try {
            return new DirectoryLock(key, lockFile(key));
        } catch (RuntimeException ex) {
            HELD.remove(key);
            throw ex;
        }
    }

    private static FileChannel lockFile(Path directory) {
        FileChannel channel = null;
        try {
            channel =
                    FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(directory);
            }
            return channel;
        } catch (IOException ex) {
            closeQuietly(channel);
            throw new LocalKafkaException("Cannot lock the Kafka data directory " + directory + ": " + ex, ex);
        } catch (RuntimeException ex) {
            closeQuietly(channel);
            throw ex;
        }
    }

    /** Releases the directory; closing the channel releases its lock. */
    @Override
    public void close() {
        closeQuietly(channel);
        HELD.remove(directory);
    }

    private static Path realPath(Path directory) {
        try {
            return Files.createDirectories(directory).toRealPath();
        } catch (IOException ex) {
            throw new LocalKafkaException("Cannot create the Kafka data directory " + directory + ": " + ex, ex);
        }
    }

    private static LocalKafkaException inUse(Path directory) {
        return new LocalKafkaException("The Kafka data directory " + directory + " is already in use by another "
                + "local Kafka: stop it or use another data directory");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ex) {
            // The lock goes with the channel, and the process lock with the process: nothing more to do.
        }
    }
}
