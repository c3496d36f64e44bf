package newsflow.launcher.monitoring;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Programs of this machine the tests run: Debian's {@code prometheus} package puts {@code prometheus} and
 * {@code promtool} on the PATH ({@code .ci/run} installs it). Every process started here has a time limit past which
 * it is killed, and is killed when the test JVM ends.
 */
final class LocalTools {

    static final String NOT_INSTALLED =
            " is not installed (apt-get install prometheus); .ci/run installs it, so CI " + "always runs this test.";

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-local-tools"));
    }

    /** What a program that ran to its end printed, and its exit code. */
    record Run(List<String> command, int exitCode, String output) {

        @Override
        public String toString() {
            return String.join(" ", command) + " exited with " + exitCode + ":\n" + output;
        }
    }

    private LocalTools() {}

    /** The program on the PATH, if there is one. */
    static Optional<Path> find(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Runs a program in a folder to its end; fails if it takes longer than the limit, after killing it. */
    static Run run(Path dir, Duration limit, List<String> command) {
        try {
            Path output = Files.createTempFile("newsflow-tool", ".log");
            try {
                Process process = start(dir, output, limit, command);
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not end within " + limit
                            + ": killed; it printed:\n" + Files.readString(output));
                }
                return new Run(command, process.exitValue(), Files.readString(output));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + command + " ran", ex);
        }
    }

    /**
     * Starts a program in a folder, its output to a log file; it is killed past the time limit, or when this JVM
     * ends.
     */
    static Process start(Path dir, Path log, Duration limit, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        process.onExit().orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).exceptionally(overTime -> {
            process.destroyForcibly();
            return process;
        });
        return process;
    }

    /** Stops a process with SIGTERM, and with SIGKILL if it has not ended 10 s later. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
