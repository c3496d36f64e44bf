package newsflow.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code java} process of this machine's JDK, its output appended to a log file, that can be stopped as an operator
 * stops it (SIGTERM) or killed as a crash kills it (SIGKILL, {@code kill -9}).
 */
final class JavaProcess {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    private final String name;
    private final Process process;

    private JavaProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static JavaProcess start(String name, Path log, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(jvmOptions);
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new JavaProcess(name, process);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start " + name, ex);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or committed. */
    void kill() {
        process.destroyForcibly();
        awaitExit(30);
    }

    /** {@code kill} (SIGTERM): the process shuts down as it does on Ctrl-C; killed if it takes over a minute. */
    void stop() {
        process.destroy();
        if (!awaitExit(60)) {
            kill();
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
