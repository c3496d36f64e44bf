package newsflow.index.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityProfile;
import newsflow.index.store.entities.EntityQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entity half of the query API: which entities the articles of a time window mention most, and one entity
 * across articles. Counts are of articles that mention the entity outside their boilerplate, and of the stories those
 * articles are copies in; entities are ranked by stories unless copies are asked for.
 */
@RestController
@RequestMapping("/api/entities")
@Tag(name = "entities", description = "Entities counted over articles")
@ApiResponse(
        responseCode = "400",
        description = "a parameter the API cannot use, with a message",
        content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
class EntityController {

    private static final Set<String> TOP_PARAMETERS = Set.of("type", "from", "to", "count", "limit");
    private static final Set<String> ENTITY_PARAMETERS = Set.of("from", "to", "count", "limit");
    private static final String COUNT = "stories (the default: copies of one story on several sites count once) or "
            + "copies (every article counts); both counts are in the answer";
    private static final String PROFILE_LIMIT = "10";

    private final ArticleStore store;

    EntityController(ArticleStore store) {
        this.store = store;
    }

    @GetMapping("/top")
    @Operation(
            summary = "Top entities",
            description = "Entities by the number of stories (or, with count=copies, of articles) published in the "
                    + "window that mention them, most first, with their canonical ids, names and both counts.")
    @ApiResponse(responseCode = "200", description = "the entities, most mentioned first")
    List<EntityCount> top(
            HttpServletRequest request,
            @Parameter(description = "only entities of this type: PERSON, ORGANIZATION, COUNTRY, LOCATION")
                    @RequestParam(required = false)
                    String type,
            @Parameter(
                            description = "articles published at or after: a date (UTC day) or an instant",
                            example = "2022-03-01")
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            description = "articles published before an instant, or on or before a date",
                            example = "2022-03-31")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "what entities are ranked by: " + COUNT) @RequestParam(required = false)
                    String count,
            @Parameter(description = "how many entities, 1 to " + EntityQuery.MAX_LIMIT)
                    @RequestParam(defaultValue = "" + EntityQuery.DEFAULT_LIMIT)
                    int limit) {
        QueryParameters.requireKnown(request.getParameterMap().keySet(), TOP_PARAMETERS);
        return this.store.topEntities(new EntityQuery(
                QueryParameters.entityType(type),
                QueryParameters.window(from, to),
                QueryParameters.counting(count),
                limit));
    }

    @GetMapping("/{entityId}")
    @Operation(
            summary = "One entity",
            description = "The entity with its article and story counts, articles per day (UTC), "
                    + "the entities it shares stories (or articles) with most, and its latest articles.")
    @ApiResponse(responseCode = "200", description = "the entity")
    @ApiResponse(
            responseCode = "404",
            description = "no article in the window mentions it",
            content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
    EntityProfile entity(
            HttpServletRequest request,
            @Parameter(description = "a canonical entity id", example = "country:RU") @PathVariable String entityId,
            @Parameter(description = "articles published at or after: a date (UTC day) or an instant")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "articles published before an instant, or on or before a date")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "what co-occurring entities are ranked by: " + COUNT)
                    @RequestParam(required = false)
                    String count,
            @Parameter(
                            description =
                                    "how many co-occurring entities and latest articles, 1 to " + EntityQuery.MAX_LIMIT)
                    @RequestParam(defaultValue = PROFILE_LIMIT)
                    int limit) {
        QueryParameters.requireKnown(request.getParameterMap().keySet(), ENTITY_PARAMETERS);
        return this.store
                .entity(
                        entityId,
                        new EntityQuery(null, QueryParameters.window(from, to), QueryParameters.counting(count), limit))
                .orElseThrow(() -> new NotFoundException("no article mentions entity " + entityId));
    }
}
