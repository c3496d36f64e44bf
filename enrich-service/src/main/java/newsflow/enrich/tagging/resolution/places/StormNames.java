package newsflow.enrich.tagging.resolution.places;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Storms, which are named like people and are no mention of anyone: "Hurricane Beryl", "Typhoon Haiyan", "Cyclone
 * Idai", "Tropical Storm Teodora", "Hurricanes Irma and Maria", "Storm Ciarán". A name of one word the gazetteers do
 * not know, right after a storm's word or in a list of names after one, is dropped; a longer name stays ("Hurricane
 * Katrina Relief Fund"), and so does a name after a team called so ("the Hurricanes"), after the verb ("to storm
 * Grozny") and after "Storm" in a headline's capitalised words ("Troops Storm Grozny").
 */
public final class StormNames {

    private static final Pattern STORM_BEFORE = Pattern.compile(
            "(?<![\\p{L}-])(?<![Tt]he )(?:[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|Tropical Storm|Super Typhoon"
                    + "|(?<!\\p{Lu}\\p{L}{0,20} )Storm) (?:\\p{Lu}\\p{L}+(?:, | and | or |, and ))*\\z");

    /** How far before a name its storm's word is looked for. */
    private static final int BEFORE = 60;

    private StormNames() {}

    public static List<Span> drop(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        return spans.stream()
                .filter(span -> !namesAStorm(span, zoneTexts.get(span.zone())))
                .toList();
    }

    private static boolean namesAStorm(Span span, String zoneText) {
        return zoneText != null
                && span.known() == null
                && span.tokens() == 1
                && STORM_BEFORE
                        .matcher(zoneText.substring(Math.max(0, span.start() - BEFORE), span.start()))
                        .find();
    }
}
