package newsflow.ingest.cleaning.furniture;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated page furniture of the classes the cleaner moves to BOILERPLATE, as the lines a scraped page shows: lists
 * of headlines under their heading, share and follow bars, reader appeals, newsletter prompts, photo credits, rows of
 * items (tickers, widgets, tag lines, meta bars), copyright lines, consent notices, service links, bylines, what's-on
 * listings, promotions and author bios, with the names of people, places and companies such furniture carries.
 */
final class PageFurniture {

    private static final List<String> LIST_HEADINGS = List.of(
            "Most read",
            "Most popular",
            "Trending now",
            "Popular now",
            "Top stories",
            "Editor's picks",
            "MOST READ",
            "Trending",
            "Most viewed",
            "Editors’ picks",
            "Top stories:");
    private static final List<String> PLATFORMS = List.of(
            "Facebook", "X", "Threads", "Telegram", "WhatsApp", "Email", "LinkedIn", "Bluesky", "Reddit", "Instagram");
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
    private static final List<String> CREDITS = List.of(
            "Photo: {p}/{a}",
            "{A}/{p}",
            "{A} PHOTO / {p}",
            "{p}/{a} via Getty Images",
            "Photograph: {p}",
            "Getty Images",
            "Image: {p}/{a}",
            "Photograph by {p}");
    private static final List<String> AGENCIES = List.of("Reuters", "AFP", "AP", "EPA", "Anadolu", "Xinhua", "DPA");
    private static final List<String> PUBLICATIONS =
            List.of("The Meridian", "Harbour Gazette", "Pitch Report", "Lagos Ledger", "Apollo Review", "Eastern Wire");
    private static final List<String> COMPANIES =
            List.of("Siemens", "Maersk", "Petrobras", "Nordwind Energie", "Dangote Cement", "Zenith Bank", "Toyota");
    private static final List<String> ROWS = List.of(
            "MARKETS NOW: {o} +0.84% · {O} −0.4% · Brent $78.40",
            "{c} 11°C showers · {d} 10°C · {e} 12°C",
            "{c} 24°C | {d} 19°C",
            "Topics: {c} · {d} · {o} · Press freedom",
            "★★★★☆ · 6 min read · Share on Facebook · X",
            "{p} · {c} · July 21, 2026",
            "Comments (8) · Report a problem · {pub} Ltd, 14 Hatton Wall, {c}",
            "FINAL · {c} 27, {d} 24 · Box score · Highlights",
            "6 min read");
    private static final List<String> NOTICES = List.of(
            "© {pub} 2026. Unit 4, {c} Business Park, {d} Road, {e}",
            "© 2026 {pub} Media LLC. Contains material from {a}.",
            "{pub} Ltd · 2000 Peel St, {c} · © 2026",
            "{pub} is published by {o} Media Ltd, {c}. Registered in England and Wales no. 10448213.",
            "We and our 187 partners, including {o}, store and access cookies on your device. Manage preferences",
            "{pub} and our partners, including {o}, use cookies to measure our audience and show you relevant ads.",
            "We use cookies and similar technologies from partners such as {o} to personalise content. Learn more",
            "Deaths: read today’s notices from {c}, {d} and {e}",
            "Live: follow our coverage of {c} as it happens",
            "Photo gallery: 24 images from {c} as {p} takes the title",
            "Listen: The Pulse with {p} – this week, why {c} is running out of water",
            "Sponsored: Trade {o} shares from {c} with no commission",
            "By {p}",
            "By {p} and {q}",
            "By {p}, {c} correspondent",
            "Reporting by {p}; editing by {q} in {c}");
    private static final List<String> PROMOTIONS = List.of(
            "ALSO READ: {c} and {d} agree to reopen border to trade",
            "WATCH: How the flood defences in {c} work, explained by {p} (2:41)",
            "Latest from our network: {o} sells {c} stake | {O} restarts {d} rail works",
            "Hot in tech: {o} to cut 900 jobs in {c} · {O} backs {d} AI lab",
            "About the author: {p} reports on mining from {c}. She has covered {o} since 2016.",
            "Weather: {c} 7°C, heavy rain warning until 6pm",
            "Advertisement – Register now for the {c} Mining Forum, October 6-8",
            "Odds supplied by {o}. Please play responsibly. 18+",
            "Play fantasy football – {c} v {d} contests now open. T&Cs apply.",
            "Doctors in {c} stunned by this simple knee trick",
            "{c} villas under €200,000 – see prices",
            "Tickets for autumn shows by {p} and {q} are on sale via Ticketmaster",
            "Our {c} reporter {p} can be reached securely via Signal. Tips are confidential.",
            "{pub} is an independent, reader-funded newsroom. Our reporting from {c} to {d} is free because readers "
                    + "pay for it.",
            "Help us report from places others don’t. {pub} is funded by readers from {c} to {d} – give what you can.",
            "Comments (319) · {pub} is owned by {o} Media, {c}");
    private static final List<String> LISTINGS = List.of(
            "{c}: {p} at the {d} Kunsthalle, until 26 October",
            "{c}: {p} retrospective opens at {o} Hangar",
            "{c}: {d} City Gallery reopens its {q} rooms",
            "{c}: {p} at Palazzo {q}, from 4 October",
            "{c}: {q} prints at the {d} Museum, until 2 November");
    private static final List<String> LISTING_HEADINGS =
            List.of("What’s on this week", "What's on", "Listings", "Exhibitions this week", "Coming up");
    private static final List<String> BIOS = List.of(
            "{p} covers {c} and {d} for {pub} from her home in {e}. Follow her on X @{h}",
            "{p} is {pub}’s business editor. She has covered {c} banking since 2014. Email tips to {h}@{pub}.example",
            "{p} writes about {c} for {pub}. He previously reported for {a} from {d}.",
            "{p} is a correspondent for {pub} based in {c}.",
            "{p} reports on the {c} markets from {d}.");

    private PageFurniture() {}

    /** Furniture of any class that is furniture wherever it stands: the lines it adds to a page. */
    static Arbitrary<List<String>> any() {
        return Arbitraries.oneOf(
                headlineLists(),
                shareBars(),
                appeals(),
                newsletterPrompts(),
                credits(),
                rows(),
                notices(),
                listings(),
                promotions());
    }

    /**
     * Teasers and widgets behind a label, advertisements, betting, shop, ticket and clickbait promotions, a
     * reporter's contact line and the publication's description of itself, one or two of them.
     */
    static Arbitrary<List<String>> promotions() {
        return named(PROMOTIONS).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    }

    /**
     * Tickers, weather and score widgets, tag lines, meta bars and bylines as rows of items, one to three of them, of
     * different kinds (two rows of as many items split by bars are a table's).
     */
    static Arbitrary<List<String>> rows() {
        return Arbitraries.of(ROWS)
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(3)
                .flatMap(templates -> Combinators.combine(templates.stream()
                                .map(template -> named(List.of(template)))
                                .toList())
                        .as(lines -> lines));
    }

    /** Copyright lines, consent notices, service links and bylines, one or two of them. */
    static Arbitrary<List<String>> notices() {
        return named(NOTICES).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    }

    /** Two to four what's-on listings, with a heading or without. */
    static Arbitrary<List<String>> listings() {
        return Combinators.combine(
                        Arbitraries.of(LISTING_HEADINGS).injectNull(0.3),
                        named(LISTINGS).list().uniqueElements().ofMinSize(2).ofMaxSize(4))
                .as((heading, lines) -> {
                    List<String> all = new ArrayList<>();
                    if (heading != null) {
                        all.add(heading);
                    }
                    all.addAll(lines);
                    return all;
                });
    }

    /** An author's bio, which is furniture after the article's last paragraph. */
    static Arbitrary<String> bios() {
        return named(BIOS);
    }

    /** A heading such as "Most read" and three to eight headlines, numbered, bulleted or plain. */
    static Arbitrary<List<String>> headlineLists() {
        return Combinators.combine(
                        Arbitraries.of(LIST_HEADINGS),
                        ArticleText.headlines()
                                .list()
                                .uniqueElements()
                                .ofMinSize(3)
                                .ofMaxSize(8),
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
        Arbitrary<List<String>> platforms =
                Arbitraries.of(PLATFORMS).list().uniqueElements().ofMinSize(2).ofMaxSize(5);
        Arbitrary<List<String>> oneLine = Combinators.combine(
                        Arbitraries.of("Share on ", "Share this article: ", "Share: ", ""),
                        platforms,
                        Arbitraries.of(" · ", " ", " | "))
                .as((prefix, names, separator) -> List.of(prefix + String.join(separator, names)));
        Arbitrary<List<String>> follow = Combinators.combine(
                        Arbitraries.of("us", "The Meridian", "Anna Weber", "our Lagos bureau"),
                        Arbitraries.of(PLATFORMS))
                .as((whom, platform) -> List.of("Follow " + whom + " on " + platform));
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

    /**
     * Templates with {p} and {q} people, {c}, {d} and {e} places, {a} an agency, {pub} a publication, {o} and {O}
     * companies and {h} a handle filled in.
     */
    private static Arbitrary<String> named(List<String> templates) {
        Arbitrary<List<String>> people =
                ArticleText.people().list().uniqueElements().ofSize(2);
        Arbitrary<List<String>> places =
                ArticleText.places().list().uniqueElements().ofSize(3);
        Arbitrary<List<String>> companies =
                Arbitraries.of(COMPANIES).list().uniqueElements().ofSize(2);
        return Combinators.combine(
                        Arbitraries.of(templates),
                        people,
                        places,
                        companies,
                        Arbitraries.of(AGENCIES),
                        Arbitraries.of(PUBLICATIONS))
                .as((template, names, cities, firms, agency, publication) -> template.replace("{pub}", publication)
                        .replace("{p}", names.get(0))
                        .replace("{q}", names.get(1))
                        .replace("{c}", cities.get(0))
                        .replace("{d}", cities.get(1))
                        .replace("{e}", cities.get(2))
                        .replace("{o}", firms.get(0))
                        .replace("{O}", firms.get(1))
                        .replace("{a}", agency)
                        .replace("{h}", handle(names.get(0))));
    }

    private static String handle(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "");
    }

    /** Templates with {p} a person, {c} and {d} places, {a} an agency, {A} it in capitals filled in. */
    private static Arbitrary<String> filled(List<String> templates) {
        return Combinators.combine(
                        Arbitraries.of(templates),
                        ArticleText.people(),
                        ArticleText.places(),
                        ArticleText.places(),
                        Arbitraries.of(AGENCIES))
                .as((template, person, place, other, agency) -> template.replace("{p}", person)
                        .replace("{c}", place)
                        .replace("{d}", other)
                        .replace("{a}", agency)
                        .replace("{A}", agency.toUpperCase()));
    }
}
