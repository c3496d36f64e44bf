package newsflow.enrich.tagging.mentions.boundaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Organisations named by a nationality and what they are: "the Welsh Government", "Canadian National Railway", "the
 * Swiss Football League", "Ethiopian Airlines", "the Lebanese American University", "New Serb Democracy", "Latvian Television". The model calls such a name
 * miscellaneous, as it calls the nationality, and the gazetteers know only the nationality in it; so a nationality
 * followed by up to two capitalised words and a word for a body begins an organisation's name, in place of the
 * nationality, unless a name of an organisation is found on those words ("the Chinese Academy of Sciences") or a
 * capitalised word comes before it ("the Grand Egyptian Museum"), and not for a nationality's league, as much a
 * competition as a body ("the American League"). "Royal" and a country's name or a nationality alone is an organisation
 * too ("Royal Greenland", "Royal Jordanian").
 */
public final class DemonymOrganisations {

    /** Words for a body that end an organisation's name. */
    private static final String BODIES = "Government|League|Federation|Confederation|Association|Union|Party|Council|"
            + "Congress|Parliament|Assembly|Bank|Railway|Railways|Airlines|Airways|Press|Corporation|Institute|Academy|"
            + "Museum|Army|Navy|Police|Agency|Authority|Commission|Ministry|Society|Foundation|Trust|Orchestra|Opera|"
            + "Ballet|Committee|University|College|Company|Court|Library|Broadcasting|Democracy|Movement|Alliance|Front|"
            + "Television|Radio|Administration";

    private static final Pattern BODY_AFTER =
            Pattern.compile("^((?: \\p{Lu}[\\p{L}’'-]*){0,2} (?:" + BODIES + "))(?![\\p{L}\\p{N}])");
    /** A capitalised word right before the nationality, which may begin the name: "the Grand Egyptian Museum". */
    private static final Pattern PRECEDING_NAME = Pattern.compile("(?<![.!?:] )(?<!^)\\p{Lu}[\\p{L}’'-]* \\z");

    private static final Pattern NATIONAL_LEAGUE = Pattern.compile("\\p{Lu}\\p{L}+ League");
    private static final Pattern ENDS_IN_BODY = Pattern.compile(".+ (?:" + BODIES + ")");

    private static final String ROYAL = "Royal ";

    /** How far after a nationality its body's word, and before it a capitalised word, is looked for. */
    private static final int NEAR = 60;

    private DemonymOrganisations() {}

    /**
     * Whether a name of several words ends in a word for a body: "Canadian National Railway", "Swiss National Bank";
     * not a nationality's league, as much a competition as a body ("the American League").
     */
    public static boolean namesABody(String name) {
        return ENDS_IN_BODY.matcher(name).matches()
                && !NATIONAL_LEAGUE.matcher(name).matches();
    }

    /** The candidates, with each such organisation in place of the nationality and what overlaps it. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Span> found = new ArrayList<>();
        for (Span demonym : candidates) {
            if (demonym.known() == null || demonym.form() != MentionForm.DEMONYM) {
                continue;
            }
            String zoneText = zoneTexts.get(demonym.zone());
            Matcher body = BODY_AFTER.matcher(
                    zoneText.substring(demonym.end(), Math.min(zoneText.length(), demonym.end() + NEAR)));
            if (!body.find()) {
                continue;
            }
            int end = demonym.end() + body.end(1);
            String text = zoneText.substring(demonym.start(), end);
            if (NATIONAL_LEAGUE.matcher(text).matches()) {
                continue;
            }
            Span organisation = new Span(
                    demonym.zone(),
                    demonym.start(),
                    end,
                    text,
                    EntityType.ORGANIZATION,
                    null,
                    MentionForm.NAME,
                    Words.of(text).length);
            boolean named = candidates.stream()
                    .anyMatch(other -> other.type() == EntityType.ORGANIZATION && other.overlaps(organisation));
            if (!named
                    && !PRECEDING_NAME
                            .matcher(zoneText.substring(Math.max(0, demonym.start() - NEAR), demonym.start()))
                            .find()
                    && found.stream().noneMatch(organisation::overlaps)) {
                found.add(organisation);
            }
        }
        return royal(Span.replacing(candidates, found));
    }

    /**
     * A name the model calls a place that is "Royal" and a country's name or a nationality is a company's or a
     * body's: "Royal Greenland" (a seafood company), "Royal Jordanian", "Royal Brunei"; a place is named so only with
     * more after it ("the Royal Borough of Greenwich").
     */
    private static List<Span> royal(List<Span> candidates) {
        List<Span> result = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            boolean company = span.known() == null
                    && span.type() == EntityType.LOCATION
                    && span.text().startsWith(ROYAL)
                    && candidates.stream()
                            .anyMatch(country -> country.known() != null
                                    && country.type() == EntityType.COUNTRY
                                    && country.zone() == span.zone()
                                    && country.start() == span.start() + ROYAL.length()
                                    && country.end() == span.end());
            result.add(company ? span.as(EntityType.ORGANIZATION, null, span.form()) : span);
        }
        return result;
    }
}
