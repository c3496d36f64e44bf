package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.gazetteer.Match;
import newsflow.enrich.tagging.mentions.boundaries.DemonymOrganisations;
import newsflow.enrich.tagging.mentions.credits.Datelines;
import newsflow.enrich.tagging.mentions.sport.ClubContext;
import newsflow.enrich.tagging.mentions.sport.ClubsByTown;
import newsflow.enrich.tagging.mentions.sport.SportsContext;
import newsflow.enrich.tagging.mentions.sport.TeamNames;

/**
 * Chooses among overlapping candidate mentions: the longest wins ("UN Human Rights Council" over "UN"); for the same
 * stretch of text, a gazetteer match wins over the model's, because it carries a canonical id, but for a city the
 * model calls an organisation: that is a club or team named after its city ("Chicago 4 Houston 3", "joined Milan
 * from Torino") in an article about sport. A whole-word gazetteer match inside what the model calls MISC is part of an event's or a work's name ("the U.S.
 * Open", "the Atlanta Games"), not a mention of the place. Two names side by side that the model read as one are
 * parted first ({@link NamesSideBySide}). In an article about sport, players' statistics ("121 RBI") are no names.
 */
public final class SpanSelector {

    private static final Comparator<Span> PRIORITY = Comparator.comparing(Span::zone)
            .thenComparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparing(span -> span.known() == null);

    /**
     * The abbreviations of players' statistics, which an article about sport uses as words ("his 121 RBI", "the ERA
     * leader"), not for the bank or the body the gazetteers know by those letters.
     */
    private static final Set<String> STATISTICS = Set.of("RBI", "RBIs", "ERA", "MVP");

    private SpanSelector() {}

    /**
     * @param candidates the mentions found, by the model and the gazetteers
     * @param other      the stretches the model calls MISC
     * @param sports     whether the article is about sport ({@link SportsContext})
     */
    public static List<Span> select(
            List<Span> candidates,
            List<Span> other,
            boolean sports,
            Gazetteer gazetteer,
            Map<ZoneName, String> zoneTexts,
            String language) {
        boolean capitalisedNouns = language != null && !language.equals("en");
        Map<List<Object>, Span> modelByEnd = new HashMap<>();
        candidates = NamesSideBySide.split(candidates, known -> confirmed(known, null, sports, capitalisedNouns));
        for (Span span : candidates) {
            if (span.known() == null) {
                modelByEnd.merge(List.of(span.zone(), span.end()), span, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        List<Span> sorted = new ArrayList<>(candidates.size());
        TeamNames teams =
                sports ? TeamNames.of(candidates, name -> ClubsByTown.isOwnWordAndTown(name, gazetteer)) : null;
        Set<Span> overruled = new HashSet<>();
        for (Span span : candidates) {
            String zoneText = zoneTexts.get(span.zone());
            if (sports && STATISTICS.contains(span.text())) {
                continue;
            }
            if (span.known() == null) {
                boolean club = sports && !Datelines.isPlace(span, zoneText);
                sorted.add(club ? asTeam(span, zoneText, teams).orElse(byWhatItDoes(span, zoneText)) : span);
                continue;
            }
            Span model = modelByEnd.get(List.of(span.zone(), span.end()));
            if (insideAny(span, other)
                    || !confirmed(span, model, sports, capitalisedNouns)
                    || clubInPlace(span, zoneText)) {
                continue;
            }
            boolean club = sports && !Datelines.isPlace(span, zoneText);
            Span chosen = club ? asClub(span, model, gazetteer, zoneText, teams) : span;
            sorted.add(model == null ? chosen : withArticle(chosen, model));
            if (model != null && model.type() != chosen.type() && model.sameStretch(chosen)) {
                overruled.add(model); // the model's place where the club named after it stands
            }
        }
        sorted.removeAll(overruled);
        sorted.sort(PRIORITY);
        List<Span> chosen = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = chosen.isEmpty() ? null : chosen.get(chosen.size() - 1);
            if (previous == null || !previous.overlaps(span)) {
                chosen.add(span);
            } else if (span.length() > previous.length()) {
                chosen.set(chosen.size() - 1, span);
            }
        }
        return chosen;
    }

    /**
     * Whether a whole-word match lies within a longer stretch the model calls MISC ("Hong Kong" in "Hong Kong Open"),
     * or is a name from the long lists on just the words the model calls MISC ("Wimbledon" the tournament, "Dow
     * Jones" the index), unless it ends in a word for a body ("Canadian National Railway": the model calls names that
     * begin with a nationality MISC).
     */
    private static boolean insideAny(Span span, List<Span> other) {
        for (Span misc : other) {
            if (span.isStrictlyInside(misc) && span.tokens() < misc.tokens()
                    || span.sameStretch(misc)
                            && span.known().match() != Match.ALWAYS
                            && !DemonymOrganisations.namesABody(span.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known name the model found with a capitalised article before it ("at The Hague") is the known entity, named
     * by the words the model found.
     */
    private static Span withArticle(Span span, Span model) {
        if (span.known() != null
                && model.start() < span.start()
                && model.tokens() == span.tokens() + 1
                && model.text().startsWith("The ")) {
            return new Span(
                    span.zone(),
                    model.start(),
                    span.end(),
                    model.text(),
                    span.type(),
                    span.known(),
                    span.form(),
                    model.tokens());
        }
        return span;
    }

    /**
     * Whether a known form may be taken here: always, unless it is also an ordinary word or another kind of name;
     * then only where the model finds an organisation on the same words (or, for a club's one-word name, in an
     * article about sport). In the other languages with a model, a one-word name from the long lists needs the model
     * too: German writes every noun with a capital ("Bild", "Kraft", "Netz").
     */
    private static boolean confirmed(Span span, Span model, boolean sports, boolean strict) {
        return switch (span.known().match()) {
            case ALWAYS -> true;
            case LISTED -> !strict || span.tokens() > 1 || organisationOn(span, model);
            case SPORTS -> sports || organisationOn(span, model);
            case SPORT_ONLY -> sports;
            case CONFIRM -> organisationOn(span, model);
        };
    }

    /**
     * A club by its place's name, where the words before it put it in a place ("the conference tournament in
     * Nashville"): the place, not Nashville SC.
     */
    private static boolean clubInPlace(Span span, String zoneText) {
        return span.type() == EntityType.ORGANIZATION
                && (span.known().match() == Match.SPORTS || span.known().match() == Match.SPORT_ONLY)
                && span.tokens() == 1
                && ClubContext.inPlace(span, zoneText);
    }

    private static boolean organisationOn(Span span, Span model) {
        return model != null && model.type() == EntityType.ORGANIZATION && model.sameStretch(span);
    }

    /**
     * A place that stands for the team the article names after it ({@link TeamNames}), as that team; so does a
     * club's short name that the gazetteers give to another club of that place ("Lugano" after "HC Lugano"), and a
     * place's name the model alone calls a person or an organisation ("Edsbyn" after "Edsbyns IF").
     */
    private static Optional<Span> asTeam(Span span, String zoneText, TeamNames teams) {
        boolean clubAlias = span.type() == EntityType.ORGANIZATION && span.form() == MentionForm.ALIAS;
        boolean modelOnly = span.known() == null && span.type() != null;
        if (span.type() != EntityType.LOCATION && !clubAlias && !modelOnly) {
            return Optional.empty();
        }
        return teams.team(span, zoneText)
                .map(team -> span.as(EntityType.ORGANIZATION, team.known(), MentionForm.ALIAS));
    }

    /**
     * A place's name of one to three words where what follows it is what only a club has or does ("Zakho’s coach",
     * "Zakho have won"): the club named after it ({@link ClubContext#namesAClub}).
     */
    private static boolean namesAClub(Span span, String zoneText) {
        return span.type() == EntityType.LOCATION && span.tokens() <= 3 && ClubContext.namesAClub(span, zoneText);
    }

    /** A place the model found, as the club named after it where what follows says so; else as it is. */
    private static Span byWhatItDoes(Span span, String zoneText) {
        return namesAClub(span, zoneText) ? span.as(EntityType.ORGANIZATION, null, MentionForm.NAME) : span;
    }

    /**
     * A place the model calls an organisation, on the very same words, is the club or team named after it: the
     * club the gazetteers know by that name when there is one, else an organisation of that name. So is a place that
     * begins the name of a team in the article, standing for it ({@link TeamNames}).
     */
    private static Span asClub(Span span, Span model, Gazetteer gazetteer, String zoneText, TeamNames teams) {
        Optional<Span> team = asTeam(span, zoneText, teams);
        if (team.isPresent()) {
            return team.get();
        }
        boolean club = span.type() == EntityType.LOCATION
                && (organisationOn(span, model)
                        || gazetteer.clubByPlace(span.text()).isPresent() && ClubContext.saysClub(span, zoneText)
                        || namesAClub(span, zoneText));
        if (!club) {
            return span;
        }
        return gazetteer
                .clubByPlace(span.text())
                .map(entry -> span.as(EntityType.ORGANIZATION, entry, MentionForm.ALIAS))
                .orElse(span.as(EntityType.ORGANIZATION, null, MentionForm.NAME));
    }
}
