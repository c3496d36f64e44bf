package newsflow.launcher.tail;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRejected;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.Entity;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.RetagRequest;
import newsflow.contract.RetractionHeaders;
import newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;

/**
 * Turns the records of one pipeline topic into what {@code tail} prints, filtered: a readable line per article
 * (time, source, version, language, headline and its top entities), or the record's own JSON. A retraction (a
 * tombstone with its headers) prints as one; an enriched article a re-tag published again (its run in a header), or
 * seen again at the same version with a higher enrichment revision, prints as a re-tag.
 */
final class TailLines {

    static final int TOP_ENTITIES = 5;
    private static final int MAX_TITLE = 90;
    private static final int REMEMBERED_ARTICLES = 100_000;

    private final String topic;
    private final TailFilter filter;
    private final boolean json;
    /**
     * Each article shown, by id, with the newest version and enrichment revision shown: what tells a re-tag and which
     * retractions show.
     */
    private final Map<String, Shown> shown = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > REMEMBERED_ARTICLES;
        }
    };

    TailLines(String topic, TailFilter filter, boolean json) {
        this.topic = topic;
        this.filter = filter;
        this.json = json;
    }

    /** What to print for this record, if the filters let it through. */
    Optional<String> line(ConsumerRecord<String, byte[]> record) {
        String time = Instant.ofEpochMilli(record.timestamp()).toString();
        if (record.value() == null) {
            return retraction(record, time);
        }
        try {
            return switch (topic) {
                case Topics.ENRICHED -> enriched(record, time);
                case Topics.INGESTED -> ingested(record, time);
                case Topics.REJECTED -> rejected(record, time);
                default -> raw(record, time);
            };
        } catch (JacksonException | IllegalArgumentException ex) {
            return filter.readsEntities() || filter.source() != null || filter.language() != null
                    ? Optional.empty()
                    : Optional.of(time + "  UNREADABLE  partition " + record.partition() + " offset " + record.offset()
                            + ": " + firstLine(ex.getMessage()));
        }
    }

    private Optional<String> enriched(ConsumerRecord<String, byte[]> record, String time) {
        var article = EventJson.mapper().readValue(record.value(), ArticleEnriched.class);
        if (!filter.matchesArticle(article.source(), article.language())
                || !filter.matchesEntities(article.entities())) {
            return Optional.empty();
        }
        Shown before = shown.put(article.articleId(), new Shown(article.version(), article.enrichmentRevision()));
        boolean retag = record.headers().lastHeader(RetagRequest.RUN_HEADER) != null
                || before != null
                        && before.version() == article.version()
                        && before.enrichmentRevision() < article.enrichmentRevision();
        if (json) {
            return Optional.of(text(record.value()));
        }
        return Optional.of(String.format(
                "%s  %s%s  v%d r%d  %s  %s  — %s  [%s]",
                time,
                retag ? "RE-TAG  " : "",
                article.source(),
                article.version(),
                article.enrichmentRevision(),
                orDash(article.language()),
                title(article.title()),
                entities(article.entities()),
                article.articleId()));
    }

    private Optional<String> ingested(ConsumerRecord<String, byte[]> record, String time) {
        var article = EventJson.mapper().readValue(record.value(), ArticleIngested.class);
        if (!filter.matchesArticle(article.source(), article.language())) {
            return Optional.empty();
        }
        shown.put(article.articleId(), new Shown(article.version(), 0));
        return Optional.of(
                json
                        ? text(record.value())
                        : String.format(
                                "%s  %s  v%d  %s  %s  [%s]",
                                time,
                                article.source(),
                                article.version(),
                                orDash(article.language()),
                                title(article.title()),
                                article.articleId()));
    }

    private Optional<String> rejected(ConsumerRecord<String, byte[]> record, String time) {
        var rejection = EventJson.mapper().readValue(record.value(), ArticleRejected.class);
        if (!filter.matchesArticle(rejection.source(), null) || filter.language() != null) {
            return Optional.empty();
        }
        return Optional.of(
                json
                        ? text(record.value())
                        : String.format(
                                "%s  REJECTED  %s/%s  %s%s  %s",
                                time,
                                orDash(rejection.source()),
                                orDash(rejection.sourceArticleId()),
                                rejection.reason(),
                                rejection.field() == null ? "" : " (" + rejection.field() + ")",
                                rejection.message()));
    }

    private Optional<String> raw(ConsumerRecord<String, byte[]> record, String time) {
        var article = EventJson.mapper().readValue(record.value(), RawArticle.class);
        if (!filter.matchesArticle(article.source(), article.language())) {
            return Optional.empty();
        }
        String headline = article.title() != null
                ? article.title()
                : article.body() == null
                        ? ""
                        : article.body().strip().lines().findFirst().orElse("");
        return Optional.of(
                json
                        ? text(record.value())
                        : String.format(
                                "%s  %s  %s  %s  %s",
                                time,
                                record.key(),
                                article.actionOrDefault(),
                                orDash(article.language()),
                                title(headline)));
    }

    private Optional<String> retraction(ConsumerRecord<String, byte[]> record, String time) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        Optional<ArticleRetracted> retracted = RetractionHeaders.fromHeaders(record.key(), headers);
        if (retracted.isEmpty()) {
            return Optional.empty();
        }
        ArticleRetracted retraction = retracted.get();
        boolean wasShown = shown.remove(retraction.articleId()) != null;
        boolean filtered = filter.readsEntities() || filter.language() != null;
        if ((filtered && !wasShown)
                || (filter.source() != null && !filter.source().equals(retraction.source()))) {
            return Optional.empty();
        }
        if (json) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", RetractionHeaders.RETRACTED);
            event.put("articleId", retraction.articleId());
            event.put("version", retraction.version());
            event.put("source", retraction.source());
            event.put("reason", retraction.reason());
            return Optional.of(EventJson.mapper().writeValueAsString(event));
        }
        return Optional.of(String.format(
                "%s  RETRACTED  %s  v%d  %s  [%s]",
                time,
                orDash(retraction.source()),
                retraction.version(),
                orDash(retraction.reason()),
                retraction.articleId()));
    }

    /** The most salient entities, with their types, and how many more there are. */
    static String entities(List<Entity> entities) {
        if (entities.isEmpty()) {
            return "no entities";
        }
        String top = entities.stream()
                .sorted(Comparator.comparingDouble(Entity::salience).reversed())
                .limit(TOP_ENTITIES)
                .map(entity -> entity.name() + " (" + entity.type() + ")")
                .collect(Collectors.joining(", "));
        int more = entities.size() - TOP_ENTITIES;
        return more > 0 ? top + " +" + more : top;
    }

    private static String title(String title) {
        String line = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE - 1) + "…" : line;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String text(byte[] value) {
        return new String(value, java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    /** The newest version of an article shown, and its enrichment revision (0 on topics before enrichment). */
    private record Shown(long version, int enrichmentRevision) {}
}
