package newsflow.index.store.search;

import newsflow.contract.EntityType;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.TimeWindow;

/**
 * A search of the {@link ArticleStore}: every criterion given must match; a null criterion matches everything.
 *
 * @param text     full text over headline, standfirst, body and captions, in Lucene's classic query syntax (which
 *                 OpenSearch's {@code query_string} also speaks); words must all match unless joined by OR
 * @param entity   a canonical entity id the article must carry, e.g. {@code person:sergei-lavrov}
 * @param type     a type of entity the article must carry
 * @param country  a country entity id the article must carry, e.g. {@code country:RU}
 * @param source   the publisher
 * @param language ISO 639-1 code
 * @param story    the story the article must be a copy in
 * @param window   when the article was published (its ingestion time when it has no publication time)
 * @param sort     the order of results; null for best match first with text, else newest first
 * @param page     which page, from 0
 * @param size     articles per page, 1 to {@value #MAX_SIZE}
 */
public record ArticleQuery(
        String text,
        String entity,
        EntityType type,
        String country,
        String source,
        String language,
        String story,
        TimeWindow window,
        ArticleSort sort,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * How deep paging may go, in articles: deep pages cost the store memory in proportion to their depth, so both
     * adapters refuse them alike (it is OpenSearch's default {@code max_result_window}).
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public ArticleQuery {
        text = blankToNull(text);
        entity = blankToNull(entity);
        country = blankToNull(country);
        source = blankToNull(source);
        language = blankToNull(language);
        story = blankToNull(story);
        window = window == null ? TimeWindow.always() : window;
        sort = sort != null ? sort : text != null ? ArticleSort.RELEVANCE : ArticleSort.NEWEST;
        if (page < 0) {
            throw new InvalidQueryException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size + size > MAX_RESULT_WINDOW) {
            throw new InvalidQueryException("results are available up to the " + MAX_RESULT_WINDOW
                    + "th; ask for an earlier page or narrow the search");
        }
    }

    /** Every article, newest first, first page of {@value #DEFAULT_SIZE}. */
    public static ArticleQuery everything() {
        return new ArticleQuery(null, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** The same query with this text, ordered by relevance unless another order was chosen. */
    public ArticleQuery withText(String text) {
        return new ArticleQuery(
                text,
                entity,
                type,
                country,
                source,
                language,
                story,
                window,
                sort == ArticleSort.NEWEST ? null : sort,
                page,
                size);
    }

    public ArticleQuery withEntity(String entity) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withType(EntityType type) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withCountry(String country) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withSource(String source) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withLanguage(String language) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withWindow(TimeWindow window) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withSort(ArticleSort sort) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    public ArticleQuery withPage(int page, int size) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    /** The copies of one story. */
    public ArticleQuery withStory(String story) {
        return new ArticleQuery(text, entity, type, country, source, language, story, window, sort, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
