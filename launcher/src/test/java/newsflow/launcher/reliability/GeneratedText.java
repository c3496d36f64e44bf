package newsflow.launcher.reliability;

import java.time.Instant;
import java.util.List;

/** Short news-like raw articles, each with people, organisations, countries and places for enrich to tag. */
final class GeneratedText {

    private static final Instant PUBLISHED = Instant.parse("2026-11-01T08:00:00Z");

    private static final List<String> LEADS = List.of(
            "Danish foreign minister Jeppe Kofod met Ukrainian officials in Geneva on Tuesday.",
            "The European Union and NATO discussed energy prices with German and French ministers in Brussels.",
            "Sergei Lavrov told the United Nations that Russia would not change course.",
            "The Bank of England raised rates as British inflation stayed high, officials in London said.",
            "Real Madrid beat a Spanish rival in Madrid while Italian fans watched from Rome.",
            "The World Health Organization warned Kenyan and Ugandan health ministers about a new outbreak.");

    private static final String BODY = """
            Officials said the talks would continue next week, and that a joint statement was being prepared. \
            Analysts expect the decision to affect markets across the region for months. \
            "We are ready to work with every partner," a spokesperson said after the meeting. \
            The next round is planned for the spring, according to people familiar with the plans.""";

    private GeneratedText() {}

    static String publish(Story story, int revision) {
        String lead = LEADS.get(Math.floorMod(story.id().hashCode(), LEADS.size()));
        String body = lead + "\n\n" + BODY + "\n\nUpdate " + revision + " of " + story.id() + ".";
        return """
                {"source":"%s","id":"%s","url":"https://news.example/%s","title":"%s","body":"%s",\
                "contentType":"text/plain","publishedAt":"%s","language":"en","revision":%d}""".formatted(
                        story.source(),
                        story.id(),
                        story.id(),
                        story.title(revision),
                        json(body),
                        PUBLISHED.plusSeconds(Math.floorMod(story.id().hashCode(), 86_400)),
                        revision);
    }

    /** A raw article far too long to tag within enrich's time bound in the reliability run. */
    static String stuck(String source, String id, int words) {
        var body = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            body.append(i % 12 == 0 ? "Copenhagen " : "word").append(i % 12 == 0 ? "" : i + " ");
            if (i % 20 == 19) {
                body.append(". ");
            }
        }
        return """
                {"source":"%s","id":"%s","title":"Stuck %s","body":"%s","contentType":"text/plain",\
                "publishedAt":"%s","language":"en","revision":1}""".formatted(source, id, id, json(body.toString()), PUBLISHED);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
