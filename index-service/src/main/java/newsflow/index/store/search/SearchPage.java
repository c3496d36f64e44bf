package newsflow.index.store.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many articles match in all, over every page
 * @param page  which page this is, from 0
 * @param size  the page size asked for; {@code hits} is shorter on the last page
 * @param hits  the articles on this page, in result order
 */
public record SearchPage(long total, int page, int size, List<ArticleHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
