package newsflow.enrich.tagging.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.boundaries.InstitutionWords;
import newsflow.enrich.tagging.mentions.boundaries.NameBoundaries;
import newsflow.enrich.tagging.mentions.sport.TeamNames;
import newsflow.enrich.tagging.resolution.places.Venues;
import newsflow.enrich.tagging.text.Words;

/**
 * Gives each surface form the model found one type across the article: the type it was given most often (not to a short
 * form a finder took for the longer name it stands for, such as a place for its team: {@link MentionForm#ALIAS}); where
 * the organisation's votes tie with another type's, the organisation wins if the word begins the name of an
 * organisation in the article ("Magna International Inc" ... "Magna", called a place twice, a person twice and an
 * organisation twice), except in an article about sport, where a team's place is written alone as the place too
 * ("Baltimore Orioles" ... "eight seasons in Baltimore"); there, a one-word name that is no word of a person's full
 * name in the article is a team where the votes of a person and an organisation tie ("Haukar won" twice, "the Haukar
 * coach" twice), and a club wherever the model called it an organisation once, a person more often than a place, and
 * it begins the name of an organisation of more words in the article ("Persija Jakarta" … "Persija had the better of
 * the second half"; not "Baltimore", a team's place written alone). A
 * name of two or three words the model typed otherwise whose last word it took for a person elsewhere in the article
 * ("Jordan Mills leaves Ajax" ... "Mills said") is that person's name, where the model took that word for a person at
 * least as often as for anything else; not a name that says what it is by a word for a feature or a work before it or
 * an institution's word in it ("Port Mathurin" ... "Mathurin"; "Orquesta Típica Avellaneda" ... "Avellaneda"), or by a
 * point of the compass before it ("North Dakota" ... "Dakota Brandvold"). Outside sport, where the votes of a person
 * and a place tie, the place wins for a name no given name begins ({@link #harmonise(List, boolean, Names)}).
 */
final class SurfaceTypes {

    /** A point of the compass, which begins places' names and no person's: "North Dakota" … "Dakota said". */
    private static final Set<String> COMPASS =
            Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western");

    private SurfaceTypes() {}

    static List<Span> harmonise(List<Span> spans, boolean sports) {
        return harmonise(spans, sports, new Names(name -> true, name -> false));
    }

    /**
     * {@link #harmonise(List, boolean)}, and outside sport, a name the model called a person as often as a place, that
     * begins with no given name and is no word of a person's full name in the article, is the place ("the farms around
     * Letefoho" ... "Letefoho's coffee"): the place's vote came from words that put it somewhere. A name of more words
     * only where the list of the world's place names has it ("Samdrup Jongkhar"; not "Hen Vipheak").
     */
    static List<Span> harmonise(List<Span> spans, boolean sports, Names names) {
        return byVotes(byPersonSurname(spans), sports, span -> false, names);
    }

    /** What the gazetteers say of a name: a given name ("Norliza"), a town's or a province's ("Samdrup Jongkhar"). */
    record Names(Predicate<String> isGivenName, Predicate<String> isPlaceName) {}

    /**
     * {@link #harmonise(List, boolean)}, and in an article about sport, where the model or a club's context took a
     * place's name for the club named after it at least once, that name is the club wherever no "in", "near" or the
     * like puts it in a place ("Zagreb's coach" ... "Zagreb won" ... "back home in Zagreb"; {@link
     * TeamNames#keepsThePlace}).
     */
    static List<Span> harmonise(List<Span> spans, Map<ZoneName, String> zoneTexts, boolean sports, Names names) {
        if (!sports) {
            return harmonise(spans, false, names);
        }
        Predicate<Span> inPlace = span -> span.type() == EntityType.LOCATION
                && span.tokens() <= 3
                && TeamNames.keepsThePlace(span, zoneTexts.get(span.zone()));
        return byVotes(byPersonSurname(asClubs(spans, inPlace)), true, inPlace, names);
    }

    private static List<Span> asClubs(List<Span> spans, Predicate<Span> inPlace) {
        Map<String, Span> clubs = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (Span span : spans) {
            if (span.tokens() <= 3 && span.type() == EntityType.ORGANIZATION) {
                clubs.putIfAbsent(span.text(), span);
            } else if (span.tokens() <= 3 && span.type() == EntityType.LOCATION) {
                places.add(span.text());
            }
        }
        clubs.keySet().retainAll(places);
        return spans.stream()
                .map(span -> {
                    Span club = clubs.get(span.text());
                    return club != null && span.type() == EntityType.LOCATION && !inPlace.test(span)
                            ? span.as(EntityType.ORGANIZATION, club.known(), club.form())
                            : span;
                })
                .toList();
    }

    private static List<Span> byPersonSurname(List<Span> spans) {
        Map<String, Map<EntityType, Integer>> oneWordVotes = new HashMap<>();
        spans.stream()
                .filter(span -> span.known() == null && span.tokens() == 1)
                .forEach(span -> oneWordVotes
                        .computeIfAbsent(span.text(), text -> new HashMap<>())
                        .merge(span.type(), 1, Integer::sum));
        Set<String> people = new HashSet<>();
        oneWordVotes.forEach((text, votes) -> {
            if (winner(votes, EntityType.PERSON) == EntityType.PERSON) {
                people.add(text); // not "Bahla", called a place twelve times and a person three: "Wadi Bahla" stays
            }
        });
        return spans.stream()
                .map(span -> {
                    String[] words = Words.of(span.text());
                    boolean person = span.known() == null
                            && span.type() != EntityType.PERSON
                            && words.length >= 2
                            && words.length <= 3
                            && people.contains(words[words.length - 1])
                            && !Venues.isVenue(span.text())
                            && !NameBoundaries.beginsWithFeatureWord(words)
                            && !COMPASS.contains(words[0])
                            && !InstitutionWords.holdsOne(words);
                    return person
                            ? new Span(
                                    span.zone(),
                                    span.start(),
                                    span.end(),
                                    span.text(),
                                    EntityType.PERSON,
                                    null,
                                    span.form(),
                                    span.tokens())
                            : span;
                })
                .toList();
    }

    private static List<Span> byVotes(List<Span> spans, boolean sports, Predicate<Span> keep, Names names) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Set<String> organisationFirstWords = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        Set<String> clubFirstWords = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON && span.tokens() >= 2) {
                personWords.addAll(List.of(Words.of(span.text())));
            }
            if (span.known() == null && span.form() != MentionForm.ALIAS) {
                votes.computeIfAbsent(span.text(), text -> new HashMap<>()).merge(span.type(), 1, Integer::sum);
            }
            if (span.type() == EntityType.ORGANIZATION && span.tokens() >= 2) {
                (sports ? clubFirstWords : organisationFirstWords).add(Words.of(span.text())[0]);
            }
        }
        votes.forEach((text, counts) -> {
            boolean team = sports
                    && text.indexOf(' ') < 0
                    && !personWords.contains(text)
                    && !counts.containsKey(EntityType.LOCATION)
                    && !counts.containsKey(EntityType.COUNTRY);
            if ((organisationFirstWords.contains(text) || team) && isTiedBest(counts, EntityType.ORGANIZATION)) {
                counts.merge(EntityType.ORGANIZATION, 1, Integer::sum); // "Magna" after "Magna International Inc"
            }
            if (clubFirstWords.contains(text)
                    && text.indexOf(' ') < 0
                    && !personWords.contains(text)
                    && counts.containsKey(EntityType.ORGANIZATION)
                    && counts.getOrDefault(EntityType.PERSON, 0) > counts.getOrDefault(EntityType.LOCATION, 0)) {
                int best = counts.values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0);
                counts.put(EntityType.ORGANIZATION, best + 1); // "Persija" after "Persija Jakarta"
            }
            if (!sports
                    && !personWords.contains(text)
                    && (text.indexOf(' ') < 0 || names.isPlaceName().test(text))
                    && !names.isGivenName().test(Words.of(text)[0])
                    && isTiedBest(counts, EntityType.LOCATION)
                    && counts.getOrDefault(EntityType.PERSON, 0).equals(counts.get(EntityType.LOCATION))) {
                counts.merge(EntityType.LOCATION, 1, Integer::sum);
            }
        });
        return spans.stream()
                .map(span -> {
                    if (span.known() != null || span.form() == MentionForm.ALIAS || keep.test(span)) {
                        return span;
                    }
                    EntityType winner = winner(votes.get(span.text()), span.type());
                    return winner == span.type()
                            ? span
                            : new Span(
                                    span.zone(),
                                    span.start(),
                                    span.end(),
                                    span.text(),
                                    winner,
                                    null,
                                    span.form(),
                                    span.tokens());
                })
                .toList();
    }

    /** Whether the type has as many votes as any other, and another type as many. */
    private static boolean isTiedBest(Map<EntityType, Integer> votes, EntityType type) {
        int count = votes.getOrDefault(type, 0);
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long atBest = votes.values().stream().filter(value -> value == best).count();
        return count > 0 && count == best && atBest > 1;
    }

    /** The most voted type; on a tie, the span's own. */
    private static EntityType winner(Map<EntityType, Integer> votes, EntityType fallback) {
        EntityType best = fallback;
        int bestVotes = votes.getOrDefault(fallback, 0);
        for (EntityType type : EntityType.values()) {
            int count = votes.getOrDefault(type, 0);
            if (count > bestVotes) {
                best = type;
                bestVotes = count;
            }
        }
        return best;
    }
}
