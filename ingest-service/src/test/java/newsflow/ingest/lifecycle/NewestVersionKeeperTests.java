package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import newsflow.contract.ArticleVersion;
import newsflow.contract.EventJson;
import org.junit.jupiter.api.Test;

class NewestVersionKeeperTests {

    private static final String ID = "demo-0123456789abcdef0123";
    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void readsAVersionAsIngestWritesIt() {
        var version = new ArticleVersion(ID, 7, HASH, false);

        SeenVersion read = NewestVersionKeeper.read(ID, EventJson.mapper().writeValueAsBytes(version));

        assertThat(read).isEqualTo(SeenVersion.of(version));
    }

    @Test
    void readsARetractionWithoutContentHashAndSkipsFieldsItDoesNotKnow() {
        SeenVersion read = NewestVersionKeeper.read(
                ID,
                bytes("{\"articleId\":\"" + ID + "\",\"note\":{\"by\":[1,2]},\"version\":9,\"contentHash\":null,"
                        + "\"retracted\":true}"));

        assertThat(read).isEqualTo(new SeenVersion(9, 0, true));
    }

    @Test
    void readsNothingFromARecordThatIsNoVersionOfItsKey() {
        assertThat(NewestVersionKeeper.read("demo-other", bytes(version(ID, 7))))
                .isNull();
        assertThat(NewestVersionKeeper.read(ID, bytes("{\"articleId\":\"" + ID + "\",\"version\":7}")))
                .as("a publication without its content hash")
                .isNull();
        assertThat(NewestVersionKeeper.read(
                        ID, bytes("{\"articleId\":\"" + ID + "\",\"contentHash\":\"" + HASH + "\"}")))
                .as("no version")
                .isNull();
        assertThat(NewestVersionKeeper.read(ID, bytes("[1,2,3]"))).isNull();
        assertThat(NewestVersionKeeper.read(ID, bytes("{\"articleId\":"))).isNull();
        assertThat(NewestVersionKeeper.read(ID, bytes("not json"))).isNull();
    }

    private static String version(String id, long version) {
        return "{\"articleId\":\"" + id + "\",\"version\":" + version + ",\"contentHash\":\"" + HASH
                + "\",\"retracted\":false}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
