package newsflow.index.stories;

import java.util.List;

/**
 * One page of stories.
 *
 * @param total   how many stories match in all, over every page
 * @param page    which page this is, from 0
 * @param size    the page size asked for; {@code stories} is shorter on the last page
 * @param stories the stories on this page, in result order
 */
public record StoryPage(long total, int page, int size, List<Story> stories) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
