package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ArticleVersion;
import org.junit.jupiter.api.Test;

class SeenVersionTests {

    private static final String ID = "demo-0123456789abcdef0123";

    @Test
    void comesBackFromItsSeventeenBytesAsItWas() {
        SeenVersion published = SeenVersion.of(new ArticleVersion(ID, 1_764_000_000_000L, "f".repeat(64), false));
        SeenVersion retracted = SeenVersion.of(new ArticleVersion(ID, 3, null, true));

        assertThat(published.encode()).hasSize(SeenVersion.BYTES);
        assertThat(SeenVersion.decode(published.encode())).isEqualTo(published);
        assertThat(SeenVersion.decode(retracted.encode())).isEqualTo(retracted);
        assertThat(published.hasContent("f".repeat(64))).isTrue();
        assertThat(published.hasContent("e".repeat(64))).isFalse();
    }

    @Test
    void decodesNothingFromBytesThatAreNoVersion() {
        assertThat(SeenVersion.decode(null)).isNull();
        assertThat(SeenVersion.decode("{\"articleId\":\"demo-1\"}".getBytes())).isNull();
    }

    @Test
    void keepsTheNewerVersionAndAtOneVersionTheRetraction() {
        SeenVersion two = SeenVersion.of(new ArticleVersion(ID, 2, "a".repeat(64), false));
        SeenVersion three = SeenVersion.of(new ArticleVersion(ID, 3, "b".repeat(64), false));
        SeenVersion threeRetracted = SeenVersion.of(new ArticleVersion(ID, 3, null, true));

        assertThat(two.newer(three)).isEqualTo(three);
        assertThat(three.newer(two)).isEqualTo(three);
        assertThat(three.newer(threeRetracted)).isEqualTo(threeRetracted);
        assertThat(threeRetracted.newer(three)).isEqualTo(threeRetracted);
        assertThat(three.covers(two)).isTrue();
        assertThat(three.covers(threeRetracted)).isFalse();
    }
}
