package newsflow.ingest.cleaning.furniture;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated article text for property tests: realistic sentences of news reporting that use the words page furniture
 * uses ("share", "subscribe", "newsletter", "donations", "most read", "photo by", "cookies", "copyright", "who covers",
 * share prices and temperatures), paragraphs of them, bodies with sub-headings, lists of facts, and the headlines of
 * other articles.
 */
final class ArticleText {

    static final List<String> PEOPLE = List.of(
            "Anna Weber",
            "Adewale Okafor",
            "Sigrid Holm",
            "Lucía Fernández",
            "Kenji Sato",
            "Marta Nowak",
            "Jonas Petersen",
            "Amara Diallo",
            "Olena Marchenko",
            "Rafael Souza");
    static final List<String> PLACES = List.of(
            "Lagos",
            "Lima",
            "Berlin",
            "Gdańsk",
            "Nairobi",
            "Quito",
            "Aarhus",
            "Osaka",
            "Cusco",
            "Tromsø",
            "São Paulo",
            "Kraków");
    static final List<String> ORGANISATIONS = List.of(
            "Siemens",
            "Nordwind Energie",
            "the World Bank",
            "Petrobras",
            "the Central Bank of Kenya",
            "Maersk",
            "the European Commission");
    private static final List<String> THINGS =
            List.of("bridge", "airport", "metro line", "refinery", "stadium", "port", "rail link");

    private static final List<String> SENTENCES = List.of(
            "Shares in {o} fell {n}% after the company cut its forecast for the year.",
            "The minister said she would share the report with parliament in {c} next week.",
            "Readers who subscribe to the theory argue that the vote in {c} was decided long before polling day.",
            "The newsletter, published by the ministry, said exports to {c} had doubled since 2019.",
            "Donations to the party rose by {n}% in the first quarter, according to filings in {c}.",
            "Most read books of the year were thrillers set in {c}, a survey of libraries found.",
            "{p} told reporters that membership of the union had fallen to {n},000.",
            "Supporters of the bill gathered outside parliament in {c} on Tuesday.",
            "Trending topics on social media in {c} included the strike and the price of bread.",
            "The company's subscription revenue grew {n}% as more households in {c} signed up for its streaming "
                    + "service.",
            "{p}, who donated {n} paintings to the museum in {c}, called the gift a thank-you to the city.",
            "Contributions from member states will rise to {n} billion euros, the commission said.",
            "A photograph by {p} of the flooded streets of {c} was shown at the hearing.",
            "Top stories in the local press in {c} focused on the flooding.",
            "“If you subscribe to the service, you end up paying twice,” {p} said.",
            "Users share on Telegram and WhatsApp footage from {c} that other platforms remove, researchers found.",
            "Follow-up inspections in {c} found {n} more faults in the bridge.",
            "{o} will support the new port in {c} with a loan of {n} million dollars.",
            "Become a member of the alliance or accept the tariffs, {p} told the leaders in {c}.",
            "The appeal for donations in {c} raised {n} million dollars in a week.",
            "Sign-ups for the training programme in {c} doubled in March.",
            "Popular now among young voters in {c}, the party promises free public transport.",
            "Shares of {o} rose {n}% in early trading on Monday as investors welcomed the news from {c}.",
            "The agency's photo of {p} leaving the court in {c} was published around the world.",
            "Giving once a year is no longer enough, the food bank in {c} said.",
            "Editors at the newspaper in {c} said they would not sign up to the new press code.",
            "The council in {c} voted {n} to 12 to close the old market, and work starts in the spring.",
            "{p} said the money would be spent on schools, roads and a new hospital in {c}.",
            "If you subscribe to the service, you pay {n} euros a month, and cancelling takes weeks.",
            "Support for the party in {c} fell to {n}% in the latest poll.",
            "Share prices fell across Asia on Monday after the central bank in {c} raised rates.",
            "Read the full report on the website of the ministry in {c}.",
            "You can read more about the plan in the council's documents.",
            "Subscribers in {c} lost access to the service for two days.",
            "Back in 2019, donations to the party were a fraction of what they are now.",
            "“We will support independent journalism in {c},” {p} told the conference.",
            "Our correspondent in {c} saw queues of people waiting to sign up for the scheme.",
            "The regulator in {c} fined {o} for setting advertising cookies without consent, officials said.",
            "Cookies on your device can be deleted in the browser's settings, {p} explained.",
            "The court in {c} ruled that the copyright on the photographs belonged to {p}.",
            "Copyright law in {c} was last changed in 2019, and publishers want it changed again.",
            "{p}, who covers the courts for the paper, said the ruling in {c} had been expected.",
            "{p}, a reporter who has covered {c} since 2014, was detained at the airport on Sunday.",
            "Shares in {o} rose {n}.1% in {c} after the company raised its forecast.",
            "Brent crude rose to $78.40 a barrel, and the main index in {c} gained 0.{n}%.",
            "Temperatures in {c} reached {n}°C on Monday, the highest since records began.",
            "The festival in {c} runs until 26 October, and tickets cost {n} euros.",
            "By Monday the strike had spread from {c} to the ports in the north.",
            "Tickets went on sale via Ticketmaster on Friday and sold out in an hour, the promoter in {c} said.",
            "Fans in {c} struggled to get tickets for the final.",
            "Buy now, pay later firms such as {o} face new rules in {c}.",
            "The minister could not be reached for comment in {c} on Monday.",
            "The commission is an independent body that reports to parliament in {c}.",
            "Weather delayed the start of the match in {c} by two hours.",
            "Children aged 12 to 18 will be vaccinated first in {c}.");

    private static final List<String> FACTS = List.of(
            "{n} people work at the {t} in {c}",
            "The {t} cost {n} million euros",
            "Turnout in {c} was {n}%",
            "{o} holds a stake of {n}%",
            "The {t} opens in 2029",
            "{p} has led the project since 2021");

    /** Sub-headings of a body, which name things as headlines do but head the article's own sections. */
    private static final List<String> SUB_HEADINGS = List.of(
            "A crowded market",
            "Regulatory review",
            "All eyes on the central bank",
            "‘Not a silver bullet’",
            "Elsewhere in {c}",
            "What happens next",
            "Shares and prices",
            "Cookies and consent",
            "Copyright in {c}",
            "Who covers the cost?",
            "{p} and the {t}",
            "Analysis: why {c} matters");

    private static final List<String> HEADLINES = List.of(
            "{c} approves new {t} after years of delay",
            "{p} to step down as head of {o}",
            "Why {c} is tearing down its old {t}",
            "{n} things to know about the {t} in {c}",
            "{o} profits fall as costs rise",
            "Floods cut off roads to {c}",
            "Inside the race to build {c}'s new {t}",
            "{c} election: what we know so far",
            "Is {c} ready for the new {t}?",
            "‘We had nowhere else to go’: the families leaving {c}");

    private ArticleText() {}

    /** A sentence of reporting that uses a word page furniture uses too. */
    static Arbitrary<String> sentences() {
        return filled(Arbitraries.of(SENTENCES));
    }

    /** A paragraph of one to three such sentences. */
    static Arbitrary<String> paragraphs() {
        return sentences().list().ofMinSize(1).ofMaxSize(3).map(sentences -> String.join(" ", sentences));
    }

    /** A body: two to six paragraphs, no two the same (a paragraph repeated is a teaser's title). */
    static Arbitrary<List<String>> bodies() {
        return paragraphs().list().uniqueElements().ofMinSize(2).ofMaxSize(6);
    }

    /** A fact of a list inside an article, with or without a full stop. */
    static Arbitrary<String> facts() {
        return Combinators.combine(filled(Arbitraries.of(FACTS)), Arbitraries.of("", "."))
                .as((fact, stop) -> fact + stop);
    }

    /** A body with sub-headings: two to four sections, each a sub-heading and one or two paragraphs. */
    static Arbitrary<List<String>> bodiesWithSubHeadings() {
        Arbitrary<List<String>> section = Combinators.combine(
                        filled(Arbitraries.of(SUB_HEADINGS)),
                        paragraphs().list().ofMinSize(1).ofMaxSize(2))
                .as((heading, paragraphs) -> {
                    List<String> lines = new ArrayList<>(List.of(heading));
                    lines.addAll(paragraphs);
                    return lines;
                });
        return Combinators.combine(paragraphs(), section.list().ofMinSize(2).ofMaxSize(4))
                .as((lead, sections) -> {
                    List<String> lines = new ArrayList<>(List.of(lead));
                    sections.forEach(lines::addAll);
                    return lines;
                })
                .filter(lines -> lines.stream().distinct().count() == lines.size());
    }

    /** The headline of another article, as lists of them show it. */
    static Arbitrary<String> headlines() {
        return filled(Arbitraries.of(HEADLINES));
    }

    static Arbitrary<String> people() {
        return Arbitraries.of(PEOPLE);
    }

    static Arbitrary<String> places() {
        return Arbitraries.of(PLACES);
    }

    /** The template with {p} a person, {c} a place, {o} an organisation, {t} a thing, {n} a number filled in. */
    static Arbitrary<String> filled(Arbitrary<String> templates) {
        return Combinators.combine(
                        templates,
                        people(),
                        places(),
                        Arbitraries.of(ORGANISATIONS),
                        Arbitraries.of(THINGS),
                        Arbitraries.integers().between(2, 95))
                .as((template, person, place, organisation, thing, number) -> capitalise(template.replace("{p}", person)
                        .replace("{c}", place)
                        .replace("{o}", organisation)
                        .replace("{t}", thing)
                        .replace("{n}", Integer.toString(number))));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
