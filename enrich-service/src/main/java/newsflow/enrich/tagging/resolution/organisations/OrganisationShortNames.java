package newsflow.enrich.tagging.resolution.organisations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.sport.TeamNames;
import newsflow.enrich.tagging.resolution.WordMentions;
import newsflow.enrich.tagging.text.LegalForms;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.Words;

/**
 * An organisation named in full once is often named by its first word after ("Kestrel Dynamics" ... "Kestrel began
 * supplying", "Magna International Inc" ... "Magna was up"). Such a word is that organisation where it stands alone
 * and the model took it for a person or found nothing, when the word is distinctive: not a place's or another known
 * name, not a given name (unless the full name ends in a company's legal form: "Magna International Inc"), not a
 * generic first word ("New", "First", "National"), not a word of a person's full name in the article, and the first
 * word of only one organisation's name. Where the model calls it a place it stays a place, unless the full name ends
 * in a company's legal form or in Group, Holdings, Company or Corporation ("Asyad Group" ... "chief executive of
 * Asyad") and the gazetteers and the list of the world's place names know no place of that name (not "Wuxi Tong Ling
 * Company Ltd" ... "the plant at Wuxi"). In an article about sport
 * a team's nickname is such a word too ("the Chiefs managed 41 rushing yards" after "the Kansas City Chiefs"), which
 * the model often finds nothing in. A company named in full with its legal form is named by its first words too ("Litio
 * Andino Maricunga SpA" ... "Litio Andino said"), which the model calls a person's name.
 */
public final class OrganisationShortNames {

    private static final Set<String> GENERIC = Set.of(
            "The",
            "A",
            "An",
            "New",
            "First",
            "National",
            "American",
            "British",
            "General",
            "United",
            "International",
            "Royal",
            "Federal",
            "Central",
            "State",
            "City",
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Great",
            "Greater",
            "Global",
            "World",
            "European",
            "Asian",
            "African",
            "Arab",
            "Bank",
            "Union",
            "Association",
            "Ministry",
            "Department",
            "University",
            "Institute",
            "Council",
            "Committee",
            "Party",
            "Democratic",
            "Republican",
            "Social",
            "Liberal",
            "Conservative",
            "Labour",
            "Labor",
            "Free",
            "Islamic",
            "Christian",
            "Catholic",
            "Holy",
            "Saint",
            "St",
            "St.",
            "Air",
            "Radio",
            "TV",
            "Channel",
            "Daily",
            "Sunday",
            "Evening",
            "Morning",
            "Federation",
            "Commission",
            "Court",
            "Supreme",
            "High",
            "Higher",
            "Old",
            "Young",
            "Popular",
            "Reform",
            "Green",
            "Red",
            "Blue",
            "Black",
            "White",
            "Golden",
            "Silver",
            "Standard",
            "Public",
            "Private",
            "Press",
            "News",
            "Foreign",
            "Interior",
            "Home",
            "Defence",
            "Defense",
            "Finance",
            "Justice",
            "Health",
            "Economic",
            "Financial",
            "Commercial",
            "Industrial",
            "Academy",
            "School",
            "College",
            "Museum",
            "Police",
            "Army",
            "Navy",
            "Force",
            "Movement",
            "Front",
            "Alliance",
            "Coalition",
            "Group",
            "Trust",
            "Fund",
            "Foundation",
            "Society",
            "League",
            "Club",
            "Team",
            "Premier",
            "Major",
            "Real",
            "Atletico",
            "Athletic",
            "Sporting",
            "Olympique",
            "Dynamo");

    /** The words that end a company's name, which makes its first word the company's even where the model says place. */
    private static final Set<String> COMPANY_WORDS = Set.of("Group", "Holdings", "Company", "Corporation");

    private OrganisationShortNames() {}

    public static List<Span> apply(
            List<Span> spans, Map<ZoneName, List<List<Token>>> tokens, Gazetteer gazetteer, boolean sports) {
        Set<String> companies = new HashSet<>();
        Map<String, Span> anchors = anchors(spans, gazetteer, sports, companies);
        Set<String> companyBeginnings = companyBeginnings(spans);
        if (anchors.isEmpty() && companyBeginnings.isEmpty()) {
            return spans;
        }
        List<Span> typed = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean shortName = span.known() == null
                            && span.tokens() == 1
                            && (span.type() == EntityType.PERSON
                                    || span.type() == EntityType.LOCATION && companies.contains(span.text()))
                            && anchors.containsKey(span.text())
                    || span.known() == null
                            && span.tokens() >= 2
                            && span.type() == EntityType.PERSON
                            && companyBeginnings.contains(span.text());
            typed.add(
                    shortName
                            ? new Span(
                                    span.zone(),
                                    span.start(),
                                    span.end(),
                                    span.text(),
                                    EntityType.ORGANIZATION,
                                    null,
                                    MentionForm.NAME,
                                    span.tokens())
                            : span);
        }
        typed.addAll(WordMentions.find(
                anchors.keySet(),
                tokens,
                typed,
                (zone, token) -> WordMentions.word(zone, token, EntityType.ORGANIZATION, null, MentionForm.NAME)));
        return typed;
    }

    /**
     * The first two words or more of each company's name that ends in its legal form, short of the form: "Litio Andino"
     * and "Litio Andino Maricunga" of "Litio Andino Maricunga SpA", which the article then writes without it.
     */
    private static Set<String> companyBeginnings(List<Span> spans) {
        Set<String> beginnings = new HashSet<>();
        for (Span span : spans) {
            String[] words = Words.of(span.text());
            if (span.type() == EntityType.ORGANIZATION && words.length >= 3 && LegalForms.endsWithOne(words)) {
                for (int end = 2; end < words.length; end++) {
                    beginnings.add(String.join(" ", Arrays.copyOf(words, end)));
                }
            }
        }
        return beginnings;
    }

    /**
     * Each distinctive first word of an organisation's name of several words, with that name; in an article about
     * sport, also the nickname that ends a team's name ("Chiefs" of "Kansas City Chiefs", "Wild" of "Minnesota Wild").
     */
    private static Map<String, Span> anchors(
            List<Span> spans, Gazetteer gazetteer, boolean sports, Set<String> companies) {
        Set<String> surnamesAndPlaces = new HashSet<>();
        Set<String> modelPlaces = new HashSet<>();
        Map<String, Set<String>> namesByWord = new HashMap<>();
        Map<String, Span> anchors = new HashMap<>();
        for (Span span : spans) {
            String[] words = Words.of(span.text());
            if (span.type() == EntityType.PERSON && words.length >= 2) {
                surnamesAndPlaces.add(words[words.length - 1]);
                surnamesAndPlaces.add(words[0]); // "Linnea Berg" is a person's name, "Linnea" may be hers
            }
            if (span.type() == EntityType.LOCATION && span.known() == null) {
                modelPlaces.add(span.text());
            } else if (span.type() == EntityType.LOCATION || span.type() == EntityType.COUNTRY) {
                surnamesAndPlaces.add(span.text());
            }
            if (span.type() != EntityType.ORGANIZATION || words.length < 2) {
                continue;
            }
            String entity = span.known() != null ? span.known().id() : span.text();
            List<String> anchorWords = new ArrayList<>(2);
            if (distinctive(words[0], gazetteer, LegalForms.endsWithOne(words))) {
                anchorWords.add(words[0]);
                if ((LegalForms.endsWithOne(words) || COMPANY_WORDS.contains(words[words.length - 1]))
                        && !gazetteer.isPlaceName(words[0])) {
                    companies.add(words[0]);
                }
            }
            String last = words[words.length - 1];
            if (sports && TeamNames.isNickname(last) && distinctive(last, gazetteer, false)) {
                anchorWords.add(last);
            }
            for (String word : anchorWords) {
                namesByWord.computeIfAbsent(word, key -> new HashSet<>()).add(entity);
                anchors.putIfAbsent(word, span);
            }
        }
        anchors.keySet()
                .removeIf(word -> namesByWord.get(word).size() > 1
                        || surnamesAndPlaces.contains(word)
                        || modelPlaces.contains(word) && !companies.contains(word));
        return anchors;
    }

    /**
     * Whether a word can stand for the organisation whose name it begins: a given name only where that name is a
     * company's with its legal form ("Magna International Inc" ... "Magna was up 1/8").
     */
    private static boolean distinctive(String word, Gazetteer gazetteer, boolean company) {
        return word.length() >= 3
                && Character.isUpperCase(word.codePointAt(0))
                && !GENERIC.contains(word)
                && !word.chars().allMatch(Character::isUpperCase)
                && gazetteer.lookup(word).isEmpty()
                && (company || !gazetteer.isGivenName(word));
    }
}
