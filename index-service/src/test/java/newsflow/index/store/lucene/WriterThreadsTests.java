package newsflow.index.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriterThreadsTests {

    private final WriterThreads threads = new WriterThreads(2);

    @AfterEach
    void close() {
        threads.close();
    }

    @Test
    void runsEveryPartOnceAndAllAtTheSameTime() throws IOException {
        var together = new CyclicBarrier(2);
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        Set<String> on = ConcurrentHashMap.newKeySet();

        threads.run(part -> {
            ran.add(part);
            on.add(Thread.currentThread().getName());
            try {
                together.await(10, TimeUnit.SECONDS); // only passes when both parts run at once
            } catch (Exception ex) {
                throw new IOException("the parts did not run at the same time", ex);
            }
        });

        assertThat(ran).containsExactlyInAnyOrder(0, 1);
        assertThat(on).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void throwsTheFirstFailureWithTheOthersSuppressedOnceEveryPartIsDone() {
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> threads.run(part -> {
                    throw new IOException("part " + part + " failed");
                }))
                .withMessage("part 0 failed")
                .satisfies(ex -> assertThat(ex.getSuppressed())
                        .extracting(Throwable::getMessage)
                        .containsExactly("part 1 failed"));
    }

    @Test
    void throwsAnUncheckedFailureOfAnotherThreadAsItIs() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> threads.run(part -> {
                    if (part == 1) {
                        throw new IllegalStateException("the index is closed");
                    }
                }))
                .withMessage("the index is closed");
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new WriterThreads(0));
    }
}
