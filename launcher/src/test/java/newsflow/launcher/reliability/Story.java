package newsflow.launcher.reliability;

import java.util.ArrayList;
import java.util.List;
import newsflow.contract.ArticleIds;

/**
 * One generated article and what its publisher does with it: publishes it, maybe updates it once, maybe retracts it,
 * in that order, each step a raw article of a higher revision.
 *
 * @param channel   how its publisher sends it
 * @param source    the publisher's source id
 * @param id        the publisher's own id of the article
 * @param revisions how many versions are published, 1 or 2
 * @param retracted whether the publisher retracts it after its last version
 */
record Story(Channel channel, String source, String id, int revisions, boolean retracted) {

    enum Channel {
        HTTP,
        KAFKA
    }

    /** The pipeline's id of the article. */
    String articleId() {
        return ArticleIds.derive(source, id);
    }

    /** The version the store must hold at the end: the last published revision, or none when retracted. */
    long finalVersion() {
        return revisions;
    }

    /** The raw articles its publisher sends, in order. */
    List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (int revision = 1; revision <= revisions; revision++) {
            steps.add(GeneratedText.publish(this, revision));
        }
        if (retracted) {
            steps.add("{\"source\":\"%s\",\"id\":\"%s\",\"action\":\"RETRACT\",\"revision\":%d}"
                    .formatted(source, id, revisions + 1));
        }
        return steps;
    }

    /** The title of a revision, by which the store's copy is recognised. */
    String title(int revision) {
        return "Report " + id + " revision " + revision;
    }

    /** {@code count} stories, half over each channel; every fourth is updated, every tenth retracted. */
    static List<Story> generate(String scenario, int count, String httpSource, String kafkaSource) {
        List<Story> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Channel channel = i % 2 == 0 ? Channel.HTTP : Channel.KAFKA;
            String source = channel == Channel.HTTP ? httpSource : kafkaSource;
            stories.add(new Story(channel, source, scenario + "-" + i, i % 4 == 1 ? 2 : 1, i % 10 == 3));
        }
        return stories;
    }
}
