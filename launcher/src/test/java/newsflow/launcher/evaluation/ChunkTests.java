package newsflow.launcher.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTests {

    @Test
    void readsIob2WhereEveryChunkBeginsWithB() {
        assertThat(Chunk.of(0, List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC")))
                .containsExactly(new Chunk(0, 0, 2, "PER"), new Chunk(0, 3, 4, "LOC"), new Chunk(0, 4, 6, "LOC"));
    }

    @Test
    void readsIob1WhereIBeginsAChunkAfterOutsideOrAnotherType() {
        assertThat(Chunk.of(2, List.of("I-ORG", "I-ORG", "I-PER", "B-PER", "O", "I-LOC")))
                .containsExactly(
                        new Chunk(2, 0, 2, "ORG"),
                        new Chunk(2, 2, 3, "PER"),
                        new Chunk(2, 3, 4, "PER"),
                        new Chunk(2, 5, 6, "LOC"));
    }

    @Test
    void readsIobesAndPlainTypes() {
        assertThat(Chunk.of(0, List.of("S-LOC", "B-ORG", "E-ORG", "PER", "PER", "O")))
                .containsExactly(new Chunk(0, 0, 1, "LOC"), new Chunk(0, 1, 3, "ORG"), new Chunk(0, 3, 5, "PER"));
    }
}
