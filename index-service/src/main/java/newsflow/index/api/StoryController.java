package newsflow.index.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import newsflow.index.stories.Stories;
import newsflow.index.stories.Story;
import newsflow.index.stories.StoryPage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The story half of the query API: copies of one story (the same wire text on several sites) as one result, with
 * the sites that carried it. A story is found by any of its copies, with the filters of an article search.
 */
@RestController
@RequestMapping("/api/stories")
@Tag(name = "stories", description = "Syndicated copies of one story, grouped")
@ApiResponse(
        responseCode = "400",
        description = "a parameter the API cannot use, with a message",
        content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
class StoryController {

    private final Stories stories;

    StoryController(Stories stories) {
        this.stories = stories;
    }

    @GetMapping
    @Operation(
            summary = "Search stories",
            description = "Stories with a copy that matches every filter given (as for articles), in the order of "
                    + "their first matching copy (newest first, or best match first when q is given); each with its "
                    + "first-seen time, all its copies (earliest first, with the sites that carried them) and the "
                    + "entities its copies mention.")
    @ApiResponse(responseCode = "200", description = "one page of stories")
    StoryPage search(HttpServletRequest request, @ParameterObject ArticleFilters filters) {
        QueryParameters.requireKnown(request.getParameterMap().keySet(), ArticleFilters.NAMES);
        return this.stories.search(filters.toQuery());
    }

    @GetMapping("/{storyId}")
    @Operation(summary = "One story", description = "The story with all its copies and their entities.")
    @ApiResponse(responseCode = "200", description = "the story")
    @ApiResponse(
            responseCode = "404",
            description = "no stored article is in this story",
            content = @Content(schema = @Schema(implementation = ErrorMessage.class)))
    Story story(
            @Parameter(
                            description = "the story's id: the id of its first article",
                            example = "demo-12ab99123ccff47cf5e3")
                    @PathVariable
                    String storyId) {
        return this.stories.find(storyId).orElseThrow(() -> new NotFoundException("no story with id " + storyId));
    }
}
