package newsflow.ingest.cleaning;

import java.util.List;
import newsflow.contract.SampleArticles;

/**
 * Pages for the cleaner benchmark, made the same every time: a news site's HTML page of a given size, with the
 * head, scripts, navigation, cookie banner, share widgets, related teasers, comments and footer such a page has
 * around its article; and a long scraped text page.
 */
final class BenchmarkPages {

    private static final List<String> PARAGRAPHS =
            SampleArticles.seedPage().lines().filter(line -> line.length() > 80).toList();

    private BenchmarkPages() {}

    /** An HTML article page of about {@code size} characters. */
    static String html(int size) {
        var page = new StringBuilder(size + 4096);
        head(page);
        page.append("<body class=\"article-page\">\n");
        navigation(page);
        page.append("<div id=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience.</p>"
                + "<button>Accept all cookies</button><button>Settings</button></div>\n");
        page.append("<main><article class=\"story\">\n<header><h1 class=\"headline\">Danish foreign minister shares "
                + "tweet of mass-walkout during Russian UN speech</h1>\n<p class=\"standfirst\">The Russian foreign "
                + "minister, Sergei Lavrov, addressed the UN Human Rights Council remotely, blaming his absence on "
                + "&ldquo;EU states blocking his flight path&rdquo;.</p>\n<div class=\"byline\">By <a href=\"/authors"
                + "/desk\">The Desk</a> <time datetime=\"2022-03-01T10:15:00Z\">1 March 2022</time></div></header>\n");
        int section = 0;
        int footerRoom = 40_000;
        while (page.length() < size - footerRoom) {
            section(page, section++);
        }
        page.append("</article>\n");
        related(page);
        comments(page, size - page.length() - 6_000);
        footer(page);
        return page.append("</main></body></html>\n").toString();
    }

    /** A scraped text page of about {@code size} characters: the seed article's paragraphs, promos and teasers. */
    static String plainText(int size) {
        var page = new StringBuilder(size + 4096);
        page.append(PARAGRAPHS.get(0)).append("\n\n");
        for (int i = 0; page.length() < size; i++) {
            page.append(PARAGRAPHS.get(i % PARAGRAPHS.size())).append("\n\n");
            if (i % 7 == 6) {
                page.append("Subheading ").append(i).append("\n");
            }
            if (i % 11 == 10) {
                page.append("Story ")
                        .append(i)
                        .append(" ranked\nStory ")
                        .append(i)
                        .append(" ranked\n")
                        .append("A one-line summary of the teased story.\n\n");
            }
        }
        return page.toString();
    }

    private static void head(StringBuilder page) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Danish foreign minister "
                        + "shares tweet of mass-walkout | The Demo Times</title>\n<meta name=\"description\" content=\"The "
                        + "Russian foreign minister addressed the council remotely.\">\n<meta property=\"og:title\" "
                        + "content=\"Danish foreign minister shares tweet of mass-walkout\">\n<link rel=\"stylesheet\" "
                        + "href=\"/assets/site.css\">\n<style>")
                .append(".article-page{margin:0 auto;max-width:64rem} .share-bar a{display:inline-block} ".repeat(40))
                .append("</style>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                        + "\"@type\":\"NewsArticle\",\"headline\":\"Danish foreign minister\"}</script>\n<script>")
                .append("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)} ".repeat(60))
                .append("</script></head>\n");
    }

    private static void navigation(StringBuilder page) {
        page.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Demo Times</a>\n"
                + "<nav class=\"main-menu\"><ul>");
        for (String section : List.of(
                "World",
                "Politics",
                "Business",
                "Culture",
                "Sport",
                "Opinion",
                "Science",
                "Climate",
                "Technology",
                "Travel",
                "Food",
                "Podcasts")) {
            page.append("<li><a href=\"/")
                    .append(section.toLowerCase())
                    .append("\">")
                    .append(section)
                    .append("</a></li>");
        }
        page.append("</ul></nav><form class=\"search\" action=\"/search\"><input name=\"q\" "
                + "placeholder=\"Search\"><button>Search</button></form></header>\n"
                + "<div class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/world\">World</a></div>\n");
    }

    private static void section(StringBuilder page, int number) {
        if (number % 4 == 3) {
            page.append("<h2>What happened next, part ").append(number).append("</h2>\n");
        }
        for (int i = 0; i < 3; i++) {
            String paragraph = PARAGRAPHS.get((number * 3 + i) % PARAGRAPHS.size());
            page.append("<p>")
                    .append(paragraph
                            .replace("“", "&ldquo;")
                            .replace("”", "&rdquo;")
                            .replace("Twitter", "<a href=\"https://twitter.com\">Twitter</a>"))
                    .append("</p>\n");
        }
        if (number % 5 == 0) {
            page.append("<figure class=\"photo\"><img src=\"/img/")
                    .append(number)
                    .append(".jpg\" alt=\"\" "
                            + "loading=\"lazy\" width=\"1200\" height=\"800\"><figcaption>Kofod documented the mass-walkout "
                            + "on his Twitter account (photo: Jeppe Kofod / Twitter)</figcaption></figure>\n");
        }
        if (number % 6 == 2) {
            page.append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a>"
                    + "<a href=\"#\">Email</a></div>\n<aside class=\"promo newsletter\"><p>Sign up to the morning "
                    + "newsletter</p><form><input type=\"email\"><button>Subscribe</button></form></aside>\n");
        }
        if (number % 8 == 7) {
            page.append("<script>renderAd('slot-")
                    .append(number)
                    .append("', {sizes:[[300,250],[728,90]]});</script>" + "<div class=\"advert\" id=\"ad-")
                    .append(number)
                    .append("\">Advertisement</div>\n");
        }
    }

    private static void related(StringBuilder page) {
        page.append("<aside class=\"related\"><h3>Related</h3><ul>");
        for (int i = 0; i < 12; i++) {
            page.append("<li><a href=\"/world/story-")
                    .append(i)
                    .append("\"><img src=\"/img/t")
                    .append(i)
                    .append(".jpg\"><span>Related story number ")
                    .append(i)
                    .append(" about the council</span></a></li>");
        }
        page.append("</ul></aside>\n");
    }

    private static void comments(StringBuilder page, int room) {
        page.append("<section id=\"comments\" class=\"comments\"><h3>Comments</h3>\n");
        for (int i = 0; room > 0 && page.length() < page.capacity() && i < 2_000; i++) {
            String comment = "<div class=\"comment\"><span class=\"author\">reader" + i + "</span><p>An opinion "
                    + "about the walkout, number " + i + ", with a reply to an earlier comment.</p></div>\n";
            page.append(comment);
            room -= comment.length();
        }
        page.append("</section>\n");
    }

    private static void footer(StringBuilder page) {
        page.append("<footer class=\"site-footer\"><nav><a href=\"/about\">About us</a> <a href=\"/contact\">Contact"
                + "</a> <a href=\"/privacy\">Privacy</a> <a href=\"/cookies\">Cookie settings</a></nav>"
                + "<p>&copy; 2026 The Demo Times. All rights reserved.</p></footer>\n"
                + "<script src=\"/assets/site.js\" defer></script>\n");
    }
}
