package newsflow.index.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import newsflow.index.store.search.ArticleQuery;

/**
 * The query parameters of an article search, which a search of stories takes too: bound from the request by name,
 * described once for the API document (page and size bound as text, so that a value that is no number gets the
 * API's own message), checked and turned into an {@link ArticleQuery} by {@link #toQuery}.
 */
record ArticleFilters(
        @Parameter(
                description = "full text over headline, standfirst, body and captions (not boilerplate), in "
                        + "Lucene query syntax; all words must match unless joined by OR",
                example = "walkout")
        String q,

        @Parameter(description = "a canonical entity id", example = "person:sergei-lavrov")
        String entity,

        @Parameter(
                description = "articles with an entity of this type: PERSON, ORGANIZATION, COUNTRY, LOCATION",
                example = "PERSON")
        String type,

        @Parameter(
                description = "articles about this country: an ISO 3166-1 alpha-2 code or country id",
                example = "RU")
        String country,

        @Parameter(description = "the publisher", example = "demo")
        String source,

        @Parameter(description = "ISO 639-1 code", example = "en")
        String language,

        @Parameter(description = "published at or after: a date (UTC day) or an instant", example = "2022-03-01")
        String from,

        @Parameter(description = "published before an instant, or on or before a date", example = "2022-03-31")
        String to,

        @Parameter(description = "newest, oldest or relevance; relevance is the default with q, newest without")
        String sort,

        @Parameter(description = "page number, from 0", schema = @Schema(type = "integer", defaultValue = "0"))
        String page,

        @Parameter(
                description = "results per page, 1 to " + ArticleQuery.MAX_SIZE,
                schema = @Schema(type = "integer", defaultValue = "" + ArticleQuery.DEFAULT_SIZE))
        String size) {

    /** The parameters above, by name: any other is refused. */
    static final Set<String> NAMES =
            Set.of("q", "entity", "type", "country", "source", "language", "from", "to", "sort", "page", "size");

    ArticleQuery toQuery() {
        return new ArticleQuery(
                q,
                entity,
                QueryParameters.entityType(type),
                QueryParameters.countryId(country),
                source,
                language,
                null,
                QueryParameters.window(from, to),
                QueryParameters.sort(sort),
                QueryParameters.wholeNumber("page", page, 0),
                QueryParameters.wholeNumber("size", size, ArticleQuery.DEFAULT_SIZE));
    }
}
