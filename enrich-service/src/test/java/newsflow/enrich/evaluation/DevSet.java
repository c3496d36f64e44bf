package newsflow.enrich.evaluation;

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
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * newsflow's own annotated development set ({@code devset/devset.jsonl} on the test classpath): short news texts
 * written for the project, one JSON article per line with its gold entities, their canonical ids and mention spans.
 * The annotation guidelines are in {@code docs/quality.md}.
 */
public final class DevSet {

    /** The development set: the tagger's rules were tuned looking at its errors. */
    public static final String RESOURCE = "/devset/devset.jsonl";
    /** Texts written after the tuning and scored once, never tuned on: the fairer estimate. */
    public static final String HELD_OUT = "/devset/heldout.jsonl";

    /** One annotated article; its language is English unless it says otherwise. */
    public record Article(String id, String domain, String language, List<Zone> zones, List<GoldEntity> entities) {

        public String languageOr(String fallback) {
            return language != null ? language : fallback;
        }

        public String text(ZoneName zone) {
            return zones.stream()
                    .filter(candidate -> candidate.name() == zone)
                    .map(Zone::text)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(id + " has no zone " + zone));
        }
    }

    /** An entity of an article as the annotator sees it. */
    public record GoldEntity(String id, EntityType type, List<GoldMention> mentions) {}

    /** A mention: {@code text} is the zone's text from {@code start} to {@code end}. */
    public record GoldMention(ZoneName zone, int start, int end, String text) {}

    private DevSet() {}

    public static List<Article> load() {
        return load(RESOURCE);
    }

    public static List<Article> load(String resource) {
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the dev set is missing from the test classpath: " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Article> articles = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    articles.add(EventJson.mapper().readValue(line, Article.class));
                }
            }
            return articles;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
