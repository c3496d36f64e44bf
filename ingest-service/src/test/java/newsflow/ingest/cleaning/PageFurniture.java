package newsflow.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated page furniture of the classes the cleaner moves to BOILERPLATE, as the lines a scraped page shows: lists
 * of headlines under their heading, share and follow bars, reader appeals, newsletter prompts and photo credits, with
 * the names of people and places such furniture carries.
 */
final class PageFurniture {

    private static final List<String> LIST_HEADINGS = List.of("Most read", "Most popular", "Trending now",
            "Popular now", "Top stories", "Editor's picks", "MOST READ", "Trending", "Most viewed", "Editors’ picks",
            "Top stories:");
    private static final List<String> PLATFORMS = List.of("Facebook", "X", "Threads", "Telegram", "WhatsApp",
            "Email", "LinkedIn", "Bluesky", "Reddit", "Instagram");
    private static final List<String> APPEALS = List.of(
            "Give once or monthly and back our reporters from {c} to {d}.",
            "Support independent journalism",
            "Our journalism is funded by readers like you. From {c} to {d}, our reporters go where the story is.",
            "Become a member and support our reporting from {c}.",
            "Donate to our newsroom in {c} today",
            "Contribute",
            "Make a contribution from $1 and keep our journalism free for readers in {c}.",
            "Readers like you keep our correspondents in {c} and {d} on the ground.");
    private static final List<String> NEWSLETTERS = List.of(
            "Sign up for the {c} Briefing, sent every morning by {p}",
            "Get our Morning Edition newsletter",
            "Sign up to {p}'s weekly newsletter from {c}",
            "The {c} Letter: {p} on the week's news, in your inbox every Friday",
            "Subscribe to {c} Today, our free daily newsletter",
            "Don't miss the {c} Digest from {p}");
    private static final List<String> CREDITS = List.of("Photo: {p}/{a}", "{A}/{p}", "{A} PHOTO / {p}",
            "{p}/{a} via Getty Images", "Photograph: {p}", "Getty Images", "Image: {p}/{a}", "Photograph by {p}");
    private static final List<String> AGENCIES = List.of("Reuters", "AFP", "AP", "EPA", "Anadolu", "Xinhua", "DPA");

    private PageFurniture() {
    }

    /** Furniture of any class: the lines it adds to a page. */
    static Arbitrary<List<String>> any() {
        return Arbitraries.oneOf(headlineLists(), shareBars(), appeals(), newsletterPrompts(), credits());
    }

    /** A heading such as "Most read" and three to eight headlines, numbered, bulleted or plain. */
    static Arbitrary<List<String>> headlineLists() {
        return Combinators.combine(Arbitraries.of(LIST_HEADINGS),
                ArticleText.headlines().list().uniqueElements().ofMinSize(3).ofMaxSize(8),
                Arbitraries.of("plain", "numbered", "ranks", "bullets"))
                .as((heading, headlines, style) -> {
                    List<String> lines = new ArrayList<>(List.of(heading));
                    for (int i = 0; i < headlines.size(); i++) {
                        switch (style) {
                            case "numbered" -> lines.add((i + 1) + ". " + headlines.get(i));
                            case "ranks" -> lines.addAll(List.of(Integer.toString(i + 1), headlines.get(i)));
                            case "bullets" -> lines.add("• " + headlines.get(i));
                            default -> lines.add(headlines.get(i));
                        }
                    }
                    return lines;
                });
    }

    /** "Share on X · Threads", a row of platform buttons, "Follow {person} on X", or one button a line. */
    static Arbitrary<List<String>> shareBars() {
        Arbitrary<List<String>> platforms = Arbitraries.of(PLATFORMS).list().uniqueElements().ofMinSize(2)
                .ofMaxSize(5);
        Arbitrary<List<String>> oneLine = Combinators.combine(Arbitraries.of("Share on ", "Share this article: ",
                "Share: ", ""), platforms, Arbitraries.of(" · ", " ", " | "))
                .as((prefix, names, separator) -> List.of(prefix + String.join(separator, names)));
        Arbitrary<List<String>> follow = Combinators.combine(Arbitraries.of("us", "The Meridian", "Anna Weber",
                "our Lagos bureau"), Arbitraries.of(PLATFORMS)).as((whom, platform) -> List.of("Follow " + whom
                + " on " + platform));
        Arbitrary<List<String>> buttons = platforms.map(names -> {
            List<String> lines = new ArrayList<>(List.of("Share"));
            lines.addAll(names);
            return lines;
        });
        return Arbitraries.oneOf(oneLine, follow, buttons);
    }

    /** One to four lines of a reader appeal. */
    static Arbitrary<List<String>> appeals() {
        return filled(APPEALS).list().uniqueElements().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<List<String>> newsletterPrompts() {
        return filled(NEWSLETTERS).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    }

    static Arbitrary<List<String>> credits() {
        return filled(CREDITS).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    }

    /** Templates with {p} a person, {c} and {d} places, {a} an agency, {A} it in capitals filled in. */
    private static Arbitrary<String> filled(List<String> templates) {
        return Combinators.combine(Arbitraries.of(templates), ArticleText.people(), ArticleText.places(),
                ArticleText.places(), Arbitraries.of(AGENCIES)).as((template, person, place, other, agency) ->
                template.replace("{p}", person).replace("{c}", place).replace("{d}", other).replace("{a}", agency)
                        .replace("{A}", agency.toUpperCase()));
    }
}
