package newsflow.launcher.evaluation;

import java.util.List;
import newsflow.contract.EntityType;
import newsflow.contract.RawArticle;
import newsflow.launcher.TestJsonLines;

/**
 * newsflow's annotated web pages ({@code websets/} on the test classpath, described in its README): whole publisher
 * pages with their furniture, each with the entities of its real content and the furniture lines that name others.
 */
final class WebSet {

    static final String DEV = "/websets/webdev.jsonl";
    static final String HELD_OUT = "/websets/webheldout.jsonl";

    /** One annotated page. */
    record Page(String id, String domain, RawArticle article, List<GoldEntity> entities, List<String> furniture) {}

    /** An entity of the page's real content, with every mention as written, in order. */
    record GoldEntity(String id, EntityType type, String name, List<String> mentions) {}

    private WebSet() {}

    static List<Page> load(String resource) {
        return TestJsonLines.load(resource, Page.class);
    }
}
