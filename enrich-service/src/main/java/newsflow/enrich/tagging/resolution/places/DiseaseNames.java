package newsflow.enrich.tagging.resolution.places;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Diseases, viruses and strains named after a place or a person, which are no mention of it: "the Lassa virus",
 * "Lassa fever", "Kyasanur Forest disease", "the Zaire strain", "Rift Valley fever". A name right before "fever",
 * "virus", "disease" or "strain" in small letters is dropped.
 */
public final class DiseaseNames {

    private static final Pattern DISEASE_AFTER = Pattern.compile("^ (?:fever|virus|viruses|disease|strain)\\b");

    private DiseaseNames() {}

    public static List<Span> drop(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        return spans.stream()
                .filter(span -> !namesADisease(span, zoneTexts.get(span.zone())))
                .toList();
    }

    private static boolean namesADisease(Span span, String zoneText) {
        return zoneText != null
                && span.end() < zoneText.length()
                && zoneText.charAt(span.end()) == ' '
                && DISEASE_AFTER
                        .matcher(zoneText)
                        .region(span.end(), zoneText.length())
                        .lookingAt();
    }
}
