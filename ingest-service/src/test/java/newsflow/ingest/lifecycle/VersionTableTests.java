package newsflow.ingest.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.contract.ArticleVersion;
import newsflow.contract.ReasonCode;
import newsflow.ingest.lifecycle.VersionVerdict.Kind;
import org.junit.jupiter.api.Test;

class VersionTableTests {

    private static final String ID = "demo-0123456789abcdef0123";
    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);

    private final MapVersionStore store = new MapVersionStore();
    private final VersionTable table = new VersionTable(store);

    @Test
    void acceptsTheFirstVersionOfAnArticleAndEveryNewerOne() {
        assertThat(table.check(published(1, HASH)).kind()).isEqualTo(Kind.ACCEPT);
        table.remember(published(1, HASH));

        assertThat(table.check(published(2, OTHER_HASH)).kind()).isEqualTo(Kind.ACCEPT);
        assertThat(table.check(published(2, HASH)).kind()).isEqualTo(Kind.ACCEPT);
    }

    @Test
    void dropsAnExactReSendAsDuplicate() {
        table.remember(published(3, HASH));

        assertThat(table.check(published(3, HASH)).kind()).isEqualTo(Kind.DUPLICATE);
    }

    @Test
    void refusesAnOlderVersionAsStale() {
        table.remember(published(3, HASH));

        VersionVerdict verdict = table.check(published(2, HASH));

        assertThat(verdict.kind()).isEqualTo(Kind.STALE);
        assertThat(verdict.refusal().reason()).isEqualTo(ReasonCode.STALE_VERSION);
        assertThat(verdict.refusal().message()).contains("version 2", "version 3");
    }

    @Test
    void refusesTheSameVersionWithOtherContent() {
        table.remember(published(3, HASH));

        assertThat(table.check(published(3, OTHER_HASH)).refusal().message()).contains("other content");
    }

    @Test
    void acceptsARetractionOfTheNewestVersionOnceThenDropsItsReSends() {
        table.remember(published(3, HASH));
        assertThat(table.check(retracted(3)).kind()).isEqualTo(Kind.ACCEPT);

        table.remember(retracted(3));

        assertThat(table.check(retracted(3)).kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(table.check(retracted(2)).kind()).isEqualTo(Kind.STALE);
    }

    @Test
    void refusesAPublicationNoNewerThanTheRetractionButTakesANewerOne() {
        table.remember(retracted(5));

        assertThat(table.check(published(4, HASH)).refusal().message()).contains("retracted");
        assertThat(table.check(published(5, HASH)).refusal().message()).contains("retracted at version 5");
        assertThat(table.check(published(6, HASH)).kind()).isEqualTo(Kind.ACCEPT);
    }

    @Test
    void keepsTheNewestVersionWhateverOrderVersionsAreRememberedIn() {
        table.remember(published(7, HASH));
        table.remember(published(4, OTHER_HASH));
        table.remember(retracted(7));
        table.remember(published(7, HASH));

        assertThat(table.newestVersion(ID)).hasValue(7);
        assertThat(table.check(retracted(7)).kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(table.pending()).isEqualTo(1);
        assertThat(table.newestVersion("demo-unknown")).isEmpty();
    }

    @Test
    void judgesByTheStoreTheVersionsOtherInstancesAccepted() {
        store.put(published(3, HASH));

        assertThat(table.check(published(3, HASH)).kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(table.check(published(2, HASH)).kind()).isEqualTo(Kind.STALE);
        assertThat(table.check(published(4, HASH)).kind()).isEqualTo(Kind.ACCEPT);
    }

    @Test
    void judgesByThePendingVersionWhileTheStoreHasOnlyAnOlderOne() {
        store.put(published(2, HASH));
        table.remember(published(3, OTHER_HASH));

        table.settle();

        assertThat(table.pending()).isEqualTo(1);
        assertThat(table.check(published(3, OTHER_HASH)).kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(table.newestVersion(ID)).hasValue(3);
    }

    @Test
    void forgetsAPendingVersionOnceTheStoreHasReadItBack() {
        table.remember(published(3, HASH));
        store.put(published(3, HASH));

        table.settle();

        assertThat(table.pending()).isZero();
        assertThat(table.check(published(3, HASH)).kind()).isEqualTo(Kind.DUPLICATE);
    }

    @Test
    void keepsAPendingRetractionWhileTheStoreHasOnlyThePublicationOfItsVersion() {
        store.put(published(3, HASH));
        table.remember(retracted(3));

        table.settle();

        assertThat(table.pending()).isEqualTo(1);
        assertThat(table.check(retracted(3)).kind()).isEqualTo(Kind.DUPLICATE);
        assertThat(table.check(published(3, HASH)).refusal().message()).contains("retracted at version 3");
    }

    private static ArticleVersion published(long version, String hash) {
        return new ArticleVersion(ID, version, hash, false);
    }

    private static ArticleVersion retracted(long version) {
        return new ArticleVersion(ID, version, null, true);
    }
}
