package newsflow.index.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.index.store.ArticleQuery;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.SearchPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article half of the query API: one article by id, exactly as it travelled on {@code articles.enriched}, and
 * searches by text, entity, entity type, country, publisher, language and publication time. Bad parameters answer
 * 400 with a message, see {@link ApiErrors}.
 */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "articles", description = "Enriched articles: full text, entity and time filters")
@ApiResponse(
        responseCode = "400",
        description = "a parameter the API cannot use, with a message",
        content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
class ArticleController {

    private static final Set<String> SEARCH_PARAMETERS =
            Set.of("q", "entity", "type", "country", "source", "language", "from", "to", "sort", "page", "size");

    private final ArticleStore store;

    ArticleController(ArticleStore store) {
        this.store = store;
    }

    @GetMapping("/{articleId}")
    @Operation(
            summary = "One article",
            description = "The whole enriched article, the same JSON as on " + "articles.enriched.")
    @ApiResponse(responseCode = "200", description = "the article")
    @ApiResponse(
            responseCode = "404",
            description = "no such article, or it was retracted",
            content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
    ArticleEnriched article(
            @Parameter(description = "the article's id", example = "demo-12ab99123ccff47cf5e3") @PathVariable
                    String articleId) {
        return this.store.find(articleId).orElseThrow(() -> new NotFoundException("no article with id " + articleId));
    }

    @GetMapping
    @Operation(
            summary = "Search articles",
            description = "Every filter given must match. Newest first, or best "
                    + "match first when q is given; each hit has a snippet of its text (HTML-escaped, matches in <mark>) "
                    + "and its entities.")
    @ApiResponse(responseCode = "200", description = "one page of hits")
    SearchPage search(
            HttpServletRequest request,
            @Parameter(
                            description =
                                    "full text over headline, standfirst, body and captions (not boilerplate), in "
                                            + "Lucene query syntax; all words must match unless joined by OR",
                            example = "walkout")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "a canonical entity id", example = "person:sergei-lavrov")
                    @RequestParam(required = false)
                    String entity,
            @Parameter(
                            description =
                                    "articles with an entity of this type: PERSON, ORGANIZATION, COUNTRY, LOCATION",
                            example = "PERSON")
                    @RequestParam(required = false)
                    String type,
            @Parameter(
                            description = "articles about this country: an ISO 3166-1 alpha-2 code or country id",
                            example = "RU")
                    @RequestParam(required = false)
                    String country,
            @Parameter(description = "the publisher", example = "demo") @RequestParam(required = false) String source,
            @Parameter(description = "ISO 639-1 code", example = "en") @RequestParam(required = false) String language,
            @Parameter(description = "published at or after: a date (UTC day) or an instant", example = "2022-03-01")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "published before an instant, or on or before a date", example = "2022-03-31")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "newest, oldest or relevance; relevance is the default with q, newest without")
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "hits per page, 1 to " + ArticleQuery.MAX_SIZE)
                    @RequestParam(defaultValue = "" + ArticleQuery.DEFAULT_SIZE)
                    int size) {
        QueryParameters.requireKnown(request.getParameterMap().keySet(), SEARCH_PARAMETERS);
        return this.store.search(new ArticleQuery(
                q,
                entity,
                QueryParameters.entityType(type),
                QueryParameters.countryId(country),
                source,
                language,
                QueryParameters.window(from, to),
                QueryParameters.sort(sort),
                page,
                size));
    }
}
