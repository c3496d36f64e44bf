package newsflow.launcher.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ThreadCpuTests {

    @Test
    void aPoolsThreadsAreOneGroup() {
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("CN CompilerThre");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo(ThreadCpu.group("GC Thread#0"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void countsTheCpuEachThreadGroupOfAProcessUsed() throws Exception {
        ThreadCpu before = ThreadCpu.of(ProcessHandle.current().pid());
        var spun = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var busy = new Thread(
                () -> {
                    var cpu = ManagementFactory.getThreadMXBean();
                    long end = cpu.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(300);
                    double sum = 0;
                    while (cpu.getCurrentThreadCpuTime() < end) {
                        sum += Math.sqrt(sum + 1);
                    }
                    spun.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                },
                "spinner-7");
        busy.start();
        spun.await();

        Map<String, ThreadCpu.Usage> used =
                ThreadCpu.of(ProcessHandle.current().pid()).since(before);
        release.countDown();
        busy.join();

        assertThat(used).containsKey("spinner-N");
        // 300 ms of CPU, counted by the kernel in 10 ms ticks.
        assertThat(used.get("spinner-N").total()).isBetween(0.25, 1.0);
    }
}
