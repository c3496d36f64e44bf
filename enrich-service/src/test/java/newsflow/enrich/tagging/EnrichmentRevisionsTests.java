package newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import newsflow.enrich.tagging.crf.CrfGazetteerTagger;
import org.junit.jupiter.api.Test;

class EnrichmentRevisionsTests {

    @Test
    void theTaggerVersionHasAReleaseLineWhoseDigestIsThatOfTheGazetteersItShipsWith() throws Exception {
        EnrichmentRevisions.Release release = EnrichmentRevisions.load().of(CrfGazetteerTagger.VERSION);

        String digest = gazetteerDigest();
        assertThat(release.gazetteerDigest())
                .as(
                        "the gazetteer files changed since tagger %s was released with revision %d: raise "
                                + "CrfGazetteerTagger.VERSION and add a line to %s with revision %d and digest %s",
                        release.taggerVersion(),
                        release.revision(),
                        EnrichmentRevisions.RESOURCE,
                        release.revision() + 1,
                        digest)
                .isEqualTo(digest);
        assertThat(release.revision()).isPositive();
    }

    @Test
    void aTaggerVersionTheTableDoesNotListIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> EnrichmentRevisions.load().of("0.0.0-unreleased"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tagger version 0.0.0-unreleased has no enrichment revision")
                .hasMessageContaining("enrichment-revisions.tsv");
    }

    @Test
    void aTableWhoseRevisionsDoNotGrowIsRefused() {
        assertThatThrownBy(() -> parse("1\t0.3.2\taaaa\n1\t0.3.3\tbbbb\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revisions must grow line by line, 1 follows 1");
    }

    @Test
    void eachListedVersionHasItsOwnRevision() throws IOException {
        EnrichmentRevisions table = parse("# comment\n1\t0.3.2\taaaa\t2026-12-03\n\n3\t0.4.0\tbbbb\t2027-01-10\n");

        assertThat(List.of(table.of("0.3.2").revision(), table.of("0.4.0").revision()))
                .containsExactly(1, 3);
        assertThat(table.of("0.4.0").gazetteerDigest()).isEqualTo("bbbb");
    }

    private static EnrichmentRevisions parse(String text) throws IOException {
        return EnrichmentRevisions.parse(new BufferedReader(new StringReader(text)));
    }

    /** The digest the table's header describes, of the gazetteer files on the classpath (this module's own). */
    static String gazetteerDigest() throws IOException, URISyntaxException, NoSuchAlgorithmException {
        Path folder = Path.of(EnrichmentRevisionsTests.class
                        .getClassLoader()
                        .getResource("newsflow/enrich/gazetteer/countries.tsv")
                        .toURI())
                .getParent();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
