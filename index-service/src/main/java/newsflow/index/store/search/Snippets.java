package newsflow.index.store.search;

import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Snippets of article text for result lists. They are HTML-safe: the text is escaped, and the only markup a
 * snippet may carry is {@code <mark>} around the words a query matched, added by the store's highlighter.
 */
public final class Snippets {

    /** Zones whose words are the article's own and searchable: boilerplate is page furniture. */
    public static final Set<ZoneName> TEXT_ZONES =
            Set.of(ZoneName.HEADLINE, ZoneName.STANDFIRST, ZoneName.BODY, ZoneName.CAPTION);

    public static final String MARK = "<mark>";
    public static final String END_MARK = "</mark>";
    /** About how many characters of text a snippet shows. */
    public static final int LENGTH = 200;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippets() {}

    /** The opening of the article, standfirst else body, for a hit without query text, escaped. */
    public static String lead(ArticleEnriched article) {
        String text = zoneText(article, ZoneName.STANDFIRST);
        if (text.isBlank()) {
            text = zoneText(article, ZoneName.BODY);
        }
        return escape(cut(WHITESPACE.matcher(text).replaceAll(" ").strip()));
    }

    /** The text of the given zone, or empty. */
    public static String zoneText(ArticleEnriched article, ZoneName name) {
        return article.zones().stream()
                .filter(zone -> zone.name() == name)
                .map(Zone::text)
                .findFirst()
                .orElse("");
    }

    /** Escapes text for HTML, element content and attribute values alike. */
    public static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String cut(String text) {
        if (text.length() <= LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', LENGTH);
        return text.substring(0, space > LENGTH / 2 ? space : LENGTH).stripTrailing() + " …";
    }
}
