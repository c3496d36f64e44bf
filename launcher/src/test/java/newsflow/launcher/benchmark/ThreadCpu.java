package newsflow.launcher.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU a process's threads have used, from Linux's {@code /proc/PID/task/TID/stat}, grouped by thread name with
 * numbers left out ({@code enrich-ingested-articles-0-C-1} and {@code -1-C-1} are one group): where a run's CPU goes,
 * JIT compiler and GC threads included, which a Java profiler's samples leave out.
 */
final class ThreadCpu {

    /** CPU of one thread group, in seconds: user and system time. */
    record Usage(double user, double system) {

        double total() {
            return user + system;
        }
    }

    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, String> names;
    private final Map<String, long[]> ticks;

    private ThreadCpu(Map<String, String> names, Map<String, long[]> ticks) {
        this.names = names;
        this.ticks = ticks;
    }

    /** The threads of the process now; empty where {@code /proc} cannot be read. */
    static ThreadCpu of(long pid) {
        Map<String, String> names = new HashMap<>();
        Map<String, long[]> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String id = task.getFileName().toString();
                    names.put(id, Files.readString(task.resolve("comm")).strip());
                    ticks.put(id, new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])});
                } catch (IOException | RuntimeException ex) {
                    // The thread ended between the listing and the reading.
                }
            }
        } catch (IOException ex) {
            // No /proc here: nothing to show.
        }
        return new ThreadCpu(names, ticks);
    }

    /** What each thread group used since {@code earlier}, the largest first. */
    Map<String, Usage> since(ThreadCpu earlier) {
        Map<String, double[]> groups = new HashMap<>();
        ticks.forEach((id, now) -> {
            long[] before = earlier.ticks.getOrDefault(id, new long[2]);
            double[] group = groups.computeIfAbsent(group(names.get(id)), name -> new double[2]);
            group[0] += (now[0] - before[0]) / TICKS_PER_SECOND;
            group[1] += (now[1] - before[1]) / TICKS_PER_SECOND;
        });
        Map<String, Usage> sorted = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .forEach(entry -> sorted.put(entry.getKey(), new Usage(entry.getValue()[0], entry.getValue()[1])));
        return sorted;
    }

    /** Linux keeps 15 characters of a thread's name; numbers are dropped so that a pool's threads are one group. */
    static String group(String name) {
        return name.replaceAll("\\d+", "N");
    }
}
