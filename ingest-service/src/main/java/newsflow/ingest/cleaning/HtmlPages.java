package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import newsflow.ingest.cleaning.furniture.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Breaks an HTML page into blocks with jsoup: the headline, the standfirst, paragraphs, sub-headings and captions of
 * the article, and the text of navigation, footers, forms, share widgets, cookie banners, comments, bylines, author
 * bios and tickers as furniture. Scripts, styles and embedded objects are dropped.
 */
final class HtmlPages {

    private static final Evaluator DROPPED =
            QueryParser.parse("script, style, noscript, template, iframe, svg, canvas, " + "object, embed");
    /** Class or id words of page furniture, matched as whole words of the attribute ("share-bar", not "shareholder"). */
    private static final String FURNITURE_WORDS = words("share|sharing|social|follow[-_]?us|cookies?|consent"
            + "|newsletters?|sign[-_]?up|related|recommended|most[-_]?(?:read|popular|viewed|shared)|trending|popular"
            + "|top[-_]?stories|editors?[-_]?picks?|read[-_]?next|more[-_]?stories|support|donate|donations?"
            + "|membership|contribute|contributions?|comments?|promo|adverts?|advertisement|ads?|subscribe"
            + "|subscription|banner|breadcrumbs?|sidebar|paywall|popup|modal|footer|menu|nav|navigation|outbrain"
            + "|taboola|bylines?|by|authors?|writers?|bio|tickers?|copyright");
    /**
     * Page furniture by tag or role, and by class or id words unless the element holds the headline (a wrapper of the
     * whole story named "story social-embeds" is not a share widget).
     */
    private static final Evaluator FURNITURE = QueryParser.parse("nav, footer, aside, form, "
            + "header:not(article header), button, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[class~=" + FURNITURE_WORDS + "]:not(:has(h1)), [id~=" + FURNITURE_WORDS + "]:not(:has(h1))");

    private static final Evaluator STANDFIRST = QueryParser.parse(
            "[class~=" + words("standfirst|lede|lead|dek|deck" + "|subtitle|summary|intro|excerpt") + "]");
    private static final Evaluator BLOCKS =
            QueryParser.parse("p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, " + "dt, dd, td");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator H1 = QueryParser.parse("h1");

    private HtmlPages() {}

    static Page read(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Element root = document.selectFirst(ARTICLE);
        if (root == null) {
            root = document.body();
        }
        List<Block> blocks = new ArrayList<>();
        collectFurniture(root, blocks);
        String headline = headline(document, root);
        collectOutside(document, root, blocks);
        String standfirst = standfirst(document, root);
        collectArticleBlocks(root, blocks);
        return new Page(headline, standfirst, blocks);
    }

    /** The furniture inside the article element, which is never furniture itself, as furniture blocks. */
    private static void collectFurniture(Element root, List<Block> blocks) {
        List<Element> furniture = new ArrayList<>(root.select(FURNITURE));
        furniture.removeIf(element -> element == root);
        for (Element element : outermost(furniture)) {
            addText(element.text(), Block.Role.FURNITURE, blocks);
            element.remove();
        }
    }

    /** Everything around the article element, as furniture; the headline is taken out first when it is there. */
    private static void collectOutside(Document document, Element root, List<Block> blocks) {
        if (root != document.body()) {
            Element outside = document.body().clone();
            outside.select(ARTICLE).remove();
            addText(outside.text(), Block.Role.FURNITURE, blocks);
        }
    }

    private static String headline(Document document, Element root) {
        Element h1 = root.selectFirst(H1);
        if (h1 == null) {
            h1 = document.body().selectFirst(H1);
        }
        if (h1 != null) {
            String text = TextNormalizer.normalizeDecodedLine(h1.text());
            h1.remove();
            if (!text.isEmpty()) {
                return text;
            }
        }
        String meta = meta(document, "og:title");
        return meta != null ? meta : emptyToNull(TextNormalizer.normalizeDecodedLine(document.title()));
    }

    private static String standfirst(Document document, Element root) {
        Element marked = root.selectFirst(STANDFIRST);
        if (marked != null) {
            String text = TextNormalizer.normalizeDecodedLine(marked.text());
            marked.remove();
            return emptyToNull(text);
        }
        String description = meta(document, "og:description");
        if (description == null) {
            description = meta(document, "description");
        }
        if (description != null && root.text().contains(description)) {
            return null;
        }
        return description;
    }

    private static void collectArticleBlocks(Element root, List<Block> blocks) {
        int before = blocks.size();
        for (Element element : outermost(root.select(BLOCKS))) {
            boolean caption = element.tagName().equals("figcaption")
                    || element.className().toLowerCase().contains("caption");
            addText(element.text(), caption ? Block.Role.CAPTION : Block.Role.TEXT, blocks);
        }
        if (blocks.size() == before) {
            for (String line : TextNormalizer.normalizeDecoded(root.wholeText()).split("\n")) {
                addText(line, Block.Role.TEXT, blocks);
            }
        }
    }

    /** The selected elements that are not inside another selected element, in document order. */
    private static List<Element> outermost(List<Element> selected) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(selected);
        List<Element> outermost = new ArrayList<>();
        for (Element element : selected) {
            Element parent = element.parent();
            while (parent != null && !all.contains(parent)) {
                parent = parent.parent();
            }
            if (parent == null) {
                outermost.add(element);
            }
        }
        return outermost;
    }

    private static void addText(String text, Block.Role role, List<Block> blocks) {
        String line = TextNormalizer.normalizeDecodedLine(text);
        if (!line.isEmpty()) {
            blocks.add(new Block(line, role));
        }
    }

    private static String meta(Document document, String name) {
        Element meta = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? null : emptyToNull(TextNormalizer.normalizeDecodedLine(meta.attr("content")));
    }

    /**
     * A pattern that finds one of the words in an attribute, as a whole word. jsoup looks for it anywhere in the
     * value, so it needs no leading or trailing wildcard, which would make a long attribute cost quadratic time.
     */
    private static String words(String alternatives) {
        return "(?i)(?:^|[^a-z])(?:" + alternatives + ")(?:[^a-z]|$)";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
