package newsflow.enrich.tagging.resolution.organisations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Joins two neighbouring mentions that together are one organisation's name, where the statistical model found only
 * part of it and a gazetteer the rest:
 * <ul>
 * <li>a demonym right before an organisation the model found: "Norwegian" + "Meteorological Institute" is the
 * Norwegian Meteorological Institute, not Norway and an institute. The country is then not a separate mention: spans
 * are flat, as in "Bank of England", which is not England. A demonym in small letters describes the name after it
 * instead ("l'américain General Electric");</li>
 * <li>an institution the model found, "of", and a country or city: "University" + "of" + "Copenhagen";</li>
 * <li>the full name of the person a university, a school or a hospital is named after, right before its name:
 * "Josip Juraj Strossmayer" + "University of Osijek".</li>
 * </ul>
 */
public final class CompoundNames {

    private static final Set<String> INSTITUTIONS = Set.of(
            "University",
            "Bank",
            "Ministry",
            "Region",
            "Port",
            "Museum",
            "Council",
            "Institute",
            "Academy",
            "Embassy",
            "Church",
            "Government",
            "Municipality",
            "College",
            "School",
            "Hospital",
            "Court",
            "Parliament",
            "Assembly",
            "Federation",
            "Association",
            "Chamber",
            "Office",
            "Department",
            "Agency",
            "Authority",
            "Commission",
            "Library",
            "Archives",
            "Orchestra",
            "Opera",
            "Theatre");

    /** The institutions named after a person, whose name then stands before theirs. */
    private static final Set<String> NAMESAKE_INSTITUTIONS =
            Set.of("University", "Institute", "College", "Academy", "School", "Hospital", "Library", "Museum");

    private CompoundNames() {}

    /** The spans with compound names joined; {@code spans} must be in zone and offset order and not overlap. */
    public static List<Span> join(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        return Span.joiningPairs(spans, (first, second) -> {
            String zoneText = zoneTexts.get(first.zone());
            Span compound = compound(first, second, zoneText.substring(first.end(), second.start()));
            return compound == null
                    ? null
                    : new Span(
                            first.zone(),
                            first.start(),
                            second.end(),
                            zoneText.substring(first.start(), second.end()),
                            EntityType.ORGANIZATION,
                            null,
                            MentionForm.NAME,
                            compound.tokens());
        });
    }

    /** A span standing for the pair's token count when the two are one name, else null. */
    private static Span compound(Span first, Span second, String gap) {
        boolean demonymAndOrganisation = gap.equals(" ")
                && first.known() != null
                && first.form() == MentionForm.DEMONYM
                && Character.isUpperCase(first.text().codePointAt(0))
                && second.known() == null
                && second.type() == EntityType.ORGANIZATION;
        boolean institutionOfPlace = gap.equals(" of ")
                && first.known() == null
                && first.type() != EntityType.PERSON
                && INSTITUTIONS.contains(lastWord(first.text()))
                && second.known() != null
                && (second.type() == EntityType.COUNTRY || second.type() == EntityType.LOCATION)
                && (second.form() == MentionForm.NAME || second.form() == MentionForm.ALIAS);
        boolean namesakeAndInstitution = gap.equals(" ")
                && first.known() == null
                && (first.type() == EntityType.PERSON || first.type() == EntityType.ORGANIZATION)
                && first.tokens() >= 2
                && second.type() == EntityType.ORGANIZATION
                && NAMESAKE_INSTITUTIONS.contains(Words.of(second.text())[0]);
        if (!demonymAndOrganisation && !institutionOfPlace && !namesakeAndInstitution) {
            return null;
        }
        int tokens = first.tokens() + second.tokens() + (institutionOfPlace ? 1 : 0);
        return new Span(
                first.zone(), first.start(), second.end(), "", EntityType.ORGANIZATION, null, MentionForm.NAME, tokens);
    }

    private static String lastWord(String text) {
        String[] words = Words.of(text);
        return words[words.length - 1];
    }
}
