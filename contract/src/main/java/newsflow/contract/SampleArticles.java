package newsflow.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Example raw articles shipped with the contract, for demos and tests: the scraped page newsflow started from
 * (headline on its first line, trailing promo and duplicated teasers), and a few short articles written for newsflow.
 */
public final class SampleArticles {

    private static final String FOLDER = "/newsflow/contract/samples/";

    /** The own-written samples, as {@code articles.raw} JSON. */
    public static final List<String> JSON_SAMPLES =
            List.of("harbour-bridge.json", "ecb-rates.json", "nordic-derby.json");

    private SampleArticles() {}

    /** The scraped page of the seed article, exactly as it was scraped. */
    public static String seedPage() {
        return resource("seed-article.txt");
    }

    /** The seed page as a raw article of the given publisher, with no title: its first line is the headline. */
    public static RawArticle seed(String source, String id) {
        return new RawArticle(
                source,
                id,
                "https://demo.newsflow.dev/world/danish-foreign-minister-walkout",
                null,
                seedPage(),
                ContentType.TEXT_PLAIN,
                Instant.parse("2022-03-01T10:15:00Z"),
                "en",
                1L,
                Action.PUBLISH);
    }

    /** One of {@link #JSON_SAMPLES}, as its JSON text. */
    public static String json(String name) {
        return resource(name);
    }

    private static String resource(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample article named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
