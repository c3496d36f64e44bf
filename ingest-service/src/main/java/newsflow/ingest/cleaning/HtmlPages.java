package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Breaks an HTML page into blocks with jsoup: the headline, the standfirst, paragraphs, sub-headings and captions of
 * the article, and the text of navigation, footers, forms, share widgets, cookie banners and comments as furniture.
 * Scripts, styles and embedded objects are dropped.
 */
final class HtmlPages {

    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, object, embed";
    /** Class or id words of page furniture, matched as whole words of the attribute ("share-bar", not "shareholder"). */
    private static final String FURNITURE_WORDS = words("share|sharing|social|cookies?|consent|newsletter|related"
            + "|comments?|promo|adverts?|advertisement|ads?|subscribe|subscription|banner|breadcrumbs?|sidebar|signup"
            + "|paywall|popup|modal|footer|menu|nav|navigation|outbrain|taboola");
    private static final String FURNITURE = "nav, footer, aside, form, header:not(article header), button, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[class~=" + FURNITURE_WORDS + "], [id~=" + FURNITURE_WORDS + "]";
    private static final String STANDFIRST = "[class~=" + words("standfirst|lede|lead|dek|deck|subtitle|summary|intro"
            + "|excerpt") + "]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td";

    private HtmlPages() {
    }

    static Page read(String html) {
        Document document = Jsoup.parse(html);
        document.select(DROPPED).remove();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.body();
        }
        List<Block> blocks = new ArrayList<>();
        collectFurniture(document, root, blocks);
        String headline = headline(document, root);
        String standfirst = standfirst(document, root);
        collectArticleBlocks(root, blocks);
        return new Page(headline, standfirst, blocks);
    }

    private static void collectFurniture(Document document, Element root, List<Block> blocks) {
        Elements furniture = root.select(FURNITURE);
        for (Element element : furniture) {
            if (element.parents().stream().noneMatch(furniture::contains)) {
                addText(element.text(), Block.Role.FURNITURE, blocks);
            }
        }
        furniture.remove();
        if (root != document.body()) {
            Element outside = document.body().clone();
            outside.select("article").remove();
            addText(outside.text(), Block.Role.FURNITURE, blocks);
        }
    }

    private static String headline(Document document, Element root) {
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = document.body().selectFirst("h1");
        }
        if (h1 != null) {
            String text = TextNormalizer.normalizeLine(h1.text());
            h1.remove();
            if (!text.isEmpty()) {
                return text;
            }
        }
        String meta = meta(document, "og:title");
        return meta != null ? meta : emptyToNull(TextNormalizer.normalizeLine(document.title()));
    }

    private static String standfirst(Document document, Element root) {
        Element marked = root.selectFirst(STANDFIRST);
        if (marked != null) {
            String text = TextNormalizer.normalizeLine(marked.text());
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
        Elements selected = root.select(BLOCKS);
        int before = blocks.size();
        for (Element element : selected) {
            if (element.parents().stream().anyMatch(selected::contains)) {
                continue;
            }
            boolean caption = element.tagName().equals("figcaption") || element.className().toLowerCase().contains("caption");
            addText(element.text(), caption ? Block.Role.CAPTION : Block.Role.TEXT, blocks);
        }
        if (blocks.size() == before) {
            for (String line : TextNormalizer.normalize(root.wholeText()).split("\n")) {
                addText(line, Block.Role.TEXT, blocks);
            }
        }
    }

    private static void addText(String text, Block.Role role, List<Block> blocks) {
        String line = TextNormalizer.normalizeLine(text);
        if (!line.isEmpty()) {
            blocks.add(new Block(line, role));
        }
    }

    private static String meta(Document document, String name) {
        Element meta = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? null : emptyToNull(TextNormalizer.normalizeLine(meta.attr("content")));
    }

    private static String words(String alternatives) {
        return "(?i)(.*[^a-z])?(" + alternatives + ")([^a-z].*)?";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
