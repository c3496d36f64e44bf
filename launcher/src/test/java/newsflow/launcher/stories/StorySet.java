package newsflow.launcher.stories;

import java.util.List;
import newsflow.contract.RawArticle;
import newsflow.launcher.TestJsonLines;

/**
 * newsflow's story clustering set ({@code stories/} on the test classpath, described in its README): articles with
 * their copy groups, near misses, late copies and unrelated articles, split by group into dev and test halves.
 */
final class StorySet {

    static final String RESOURCE = "/stories/clustering-set.jsonl";

    /**
     * One article of the set.
     *
     * @param group the copies of one story share it; a near miss or an unrelated article has one of its own
     * @param kind  original, copy, late-copy (published after the window: expected to start a story of its own),
     *              near-miss or unrelated
     * @param split dev (tune on it) or test (score it only to report)
     */
    record Item(String id, String group, String kind, String split, RawArticle article) {

        /** The story the article should be in: its group's, but a late copy's own. */
        String goldStory() {
            return "late-copy".equals(kind) ? id : group;
        }
    }

    private StorySet() {}

    static List<Item> load() {
        return TestJsonLines.load(RESOURCE, Item.class);
    }

    static List<Item> split(List<Item> items, String split) {
        return items.stream().filter(item -> item.split().equals(split)).toList();
    }
}
