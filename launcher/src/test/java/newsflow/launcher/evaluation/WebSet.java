package newsflow.launcher.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.EntityType;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;

/**
 * newsflow's annotated web pages ({@code websets/} on the test classpath, described in its README): whole publisher
 * pages with their furniture, each with the entities of its real content and the furniture lines that name others.
 */
final class WebSet {

    static final String DEV = "/websets/webdev.jsonl";
    static final String HELD_OUT = "/websets/webheldout.jsonl";

    /** One annotated page. */
    record Page(String id, String domain, RawArticle article, List<GoldEntity> entities, List<String> furniture) {}

    /** An entity of the page's real content, with every mention as written, in order. */
    record GoldEntity(String id, EntityType type, String name, List<String> mentions) {}

    private WebSet() {}

    static List<Page> load(String resource) {
        try (InputStream in = WebSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the test classpath: " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Page> pages = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    pages.add(EventJson.mapper().readValue(line, Page.class));
                }
            }
            return pages;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
