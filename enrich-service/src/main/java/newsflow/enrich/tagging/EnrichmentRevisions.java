package newsflow.enrich.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The enrichment revision of every release of the tagger, from {@code newsflow/enrich/enrichment-revisions.tsv}: a
 * number that only grows, which {@link newsflow.contract.ArticleEnriched#enrichmentRevision()} carries so that a
 * subscriber can tell a re-tag of an article from a new version of it. Each line names a tagger version and the
 * digest of the gazetteer files it shipped with; a test fails when the gazetteers change without a new release line.
 */
public final class EnrichmentRevisions {

    static final String RESOURCE = "newsflow/enrich/enrichment-revisions.tsv";

    private final Map<String, Release> byTaggerVersion;

    private EnrichmentRevisions(Map<String, Release> byTaggerVersion) {
        this.byTaggerVersion = byTaggerVersion;
    }

    /**
     * One release.
     *
     * @param revision        its enrichment revision
     * @param taggerVersion   the tagger's version
     * @param gazetteerDigest the first 16 hex digits of the SHA-256 of the gazetteer files, in name order
     */
    public record Release(int revision, String taggerVersion, String gazetteerDigest) {}

    /** The releases listed in the project's table. */
    public static EnrichmentRevisions load() {
        try (InputStream in = EnrichmentRevisions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static EnrichmentRevisions parse(BufferedReader lines) throws IOException {
        Map<String, Release> releases = new LinkedHashMap<>();
        int last = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 3) {
                throw new IllegalStateException(RESOURCE + ": a release line needs revision, tagger version and "
                        + "gazetteer digest: " + line);
            }
            Release release = new Release(Integer.parseInt(columns[0]), columns[1], columns[2]);
            if (release.revision() <= last) {
                throw new IllegalStateException(
                        RESOURCE + ": revisions must grow line by line, " + release.revision() + " follows " + last);
            }
            if (releases.putIfAbsent(release.taggerVersion(), release) != null) {
                throw new IllegalStateException(
                        RESOURCE + ": tagger version " + release.taggerVersion() + " is listed twice");
            }
            last = release.revision();
        }
        return new EnrichmentRevisions(Map.copyOf(releases));
    }

    /**
     * The release of this tagger version.
     *
     * @throws IllegalStateException when the table does not list it: a tagger that cannot say its revision would
     *     publish re-tags that subscribers cannot order
     */
    public Release of(String taggerVersion) {
        Release release = byTaggerVersion.get(taggerVersion);
        if (release == null) {
            throw new IllegalStateException("tagger version " + taggerVersion + " has no enrichment revision: add its "
                    + "release line to " + RESOURCE);
        }
        return release;
    }
}
