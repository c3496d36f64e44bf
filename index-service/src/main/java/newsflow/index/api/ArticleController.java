package newsflow.index.api;

import newsflow.index.store.ArticleQuery;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.SearchPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query API over the article store: one article by id, exactly as it travelled on {@code articles.enriched},
 * and searches by text, entity, entity type, country, publisher and language. Bad parameters answer 400 with a
 * message, see {@link ApiErrors}.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleStore store;

    ArticleController(ArticleStore store) {
        this.store = store;
    }

    @GetMapping("/{articleId}")
    ResponseEntity<?> article(@PathVariable String articleId) {
        return this.store.find(articleId)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(new ErrorMessage("no article with id " + articleId)));
    }

    @GetMapping
    SearchPage search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ArticleQuery.DEFAULT_SIZE) int size) {
        return this.store.search(new ArticleQuery(q, entity, QueryParameters.entityType(type),
                QueryParameters.countryId(country), source, language, page, size));
    }
}
