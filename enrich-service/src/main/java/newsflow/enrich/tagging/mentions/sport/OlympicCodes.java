package newsflow.enrich.tagging.mentions.sport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;

/**
 * An athlete's country as results lists give it, by its Olympic code in brackets right after the athlete's name:
 * "Matic Bohinc (SLO) 468.2", "Florian Oberhauser (AUT)", "Schumacher ( GER )" in tokenised wire copy. The code is
 * the country there only: after a name the model calls a person, not after an organisation's name, where capitals in
 * brackets are its acronym ("the Revolutionary Workers' Party (PRT)"), and not in running text ("PER" is Peru's code).
 */
public final class OlympicCodes {

    /** A space, then three capitals in brackets, right after a name. */
    private static final Pattern CODE = Pattern.compile(" \\( ?(\\p{Lu}{3}) ?\\)");

    private OlympicCodes() {}

    /** The candidates, with each code after a person's name in place of what the model or the gazetteers found on it. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts, Gazetteer gazetteer) {
        List<Span> found = new ArrayList<>();
        for (Span person : candidates) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            String text = zoneTexts.get(person.zone());
            Matcher code = CODE.matcher(text).region(person.end(), text.length());
            if (!code.lookingAt()) {
                continue;
            }
            gazetteer.olympicCode(code.group(1)).ifPresent(country -> {
                Span span = new Span(
                        person.zone(),
                        code.start(1),
                        code.end(1),
                        code.group(1),
                        EntityType.COUNTRY,
                        country,
                        MentionForm.ACRONYM,
                        1);
                if (found.stream().noneMatch(span::overlaps)) {
                    found.add(span);
                }
            });
        }
        return Span.replacing(candidates, found);
    }
}
