package newsflow.index.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import newsflow.contract.ArticleEnriched;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.search.SearchPage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
    SearchPage search(HttpServletRequest request, @ParameterObject ArticleFilters filters) {
        QueryParameters.requireKnown(request.getParameterMap().keySet(), ArticleFilters.NAMES);
        return this.store.search(filters.toQuery());
    }
}
