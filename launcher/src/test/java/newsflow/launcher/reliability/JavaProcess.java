package newsflow.launcher.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@code java} process of this machine's JDK, its output appended to a log file, that can be stopped as an operator
 * stops it (SIGTERM) or killed as a crash kills it (SIGKILL, {@code kill -9}).
 *
 * <p>No process outlives its time limit ({@code -Dnewsflow.reliability.process-minutes}, 45 by default; the whole
 * suite takes about 15) nor the test JVM: past the limit it is killed, its log says why, and a wait on it fails with
 * the reason; when the test JVM ends (failsafe's fork time limit included) every process still running is killed.
 */
public final class JavaProcess {

    static final Duration TIME_LIMIT = Duration.ofMinutes(Long.getLong("newsflow.reliability.process-minutes", 45));

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "process-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "kill-test-processes"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private volatile boolean overTime;

    private JavaProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static JavaProcess start(String name, Path log, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(jvmOptions);
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            append(log, "$ " + String.join(" ", command));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            var started = new JavaProcess(name, process, log);
            WATCHDOG.schedule(started::killIfOverTime, TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return started;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot start " + name, ex);
        }
    }

    String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * For the waits on a process that must keep running ({@code await(...).failFast(process::assertRunning)}): fails,
     * saying why, once it has ended.
     */
    public void assertRunning() {
        if (!process.isAlive()) {
            throw new IllegalStateException(this + " exited with code " + process.exitValue()
                    + (overTime ? ", killed past its time limit of " + TIME_LIMIT.toMinutes() + " min" : "")
                    + "; its log: " + log);
        }
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or committed. */
    void kill() {
        process.destroyForcibly();
        if (!awaitExit(30)) {
            throw new IllegalStateException(this + " still runs 30 s after SIGKILL; its log: " + log);
        }
    }

    /** {@code kill} (SIGTERM): the process shuts down as it does on Ctrl-C; killed if it takes over a minute. */
    public void stop() {
        process.destroy();
        if (!awaitExit(60)) {
            append(log, "still running a minute after SIGTERM: killed by the test harness");
            kill();
        }
    }

    private void killIfOverTime() {
        if (process.isAlive()) {
            overTime = true;
            append(
                    log,
                    "running past its time limit of " + TIME_LIMIT.toMinutes() + " min: killed by the test harness");
            process.destroyForcibly();
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void append(Path log, String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
