package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.ZoneName;

/**
 * Korean and Chinese names written family name first, the given name's two syllables joined by a hyphen ("Bang
 * Seung-ho", "Seo Eun-ji", "Tsai Ing-wen", "Leung Chun-ying"), which the model misses or takes for places: a family
 * name of the list below, then a capitalised syllable, a hyphen and a syllable in small letters. Each is a person, in
 * place of the names found inside it; a name the gazetteers know on the same words, or a name that overlaps it
 * without lying inside it, wins, and so does a known name inside it ("Hong Kong-based"). Not where the second word is a Korean district's, county's or road's ("Mapo-gu",
 * "Jeju-do", "Sejong-ro"). The family name alone, later, is the same person ({@link #familyName}).
 */
public final class FamilyFirstNames {

    /** Family names in their usual romanisations: Korean, then Chinese (Taiwan's and Hong Kong's spellings). */
    private static final Set<String> FAMILY_NAMES = Set.of(
            ("Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Suh Shin "
                            + "Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Chun Go Ko Moon Mun Yang Son Sohn "
                            + "Bae Baek Paik Heo Hur Nam Shim Sim Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min Na Jin "
                            + "Ji Um Eom Chae Won Bang Gong Kong Hyun Ham Byun Byeon Yeom Yeo Do Seok Ma Gil Pyo Ki Ban "
                            + "Wang Ok Maeng Mo Tak Yook Chen Lin Huang Chang Li Wu Liu Tsai Tsao Hsu Cheng Hsieh Kuo "
                            + "Lai Hung Tseng Chiu Liao Lu Su Chou Yeh Chuang Chiang Lo Kao Ho Fan Hu Shih Tu Tai Weng "
                            + "Chu Tang Fu Wei Yen Lien Hou Soong Tung Leung Lam Wong Cheung Chan Ng Yip Tam Fung Chow "
                            + "Lau Mak Tsang Kwok Yeung Siu Tse Hui Yuen Lui Au Mok Poon Chau Teng Kuan Hsiao Pan")
                    .split(" "));

    /** The second syllables of Korean districts, provinces, counties and roads: "Mapo-gu", "Jeju-do", "Sejong-ro". */
    private static final Set<String> PLACE_SYLLABLES = Set.of("gu do si dong ri myeon eup ro gil ga gun".split(" "));

    /** A family name, a space, a capitalised syllable, a hyphen and a syllable, which no English "d" or "s" ends. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+-(\\p{Ll}+(?<![ds]))(?![\\p{L}\\p{N}’'-])");

    private FamilyFirstNames() {}

    /** The candidates, with the names found in place of those inside them. */
    public static List<Span> apply(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        return Span.replacing(candidates, zoneTexts, (zone, text) -> find(zone, text, candidates));
    }

    static List<Span> find(ZoneName zone, String text, List<Span> candidates) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            if (!FAMILY_NAMES.contains(matcher.group(1)) || PLACE_SYLLABLES.contains(matcher.group(2))) {
                continue;
            }
            Span name = Span.found(zone, matcher.start(), matcher.end(), matcher.group(), EntityType.PERSON);
            List<Span> inZone =
                    candidates.stream().filter(span -> span.zone() == zone).toList();
            if (!name.crossedBy(inZone)
                    && inZone.stream().noneMatch(span -> span.known() != null && name.overlaps(span))) {
                found.add(name);
            }
        }
        return found;
    }

    /** The family name of a name written family name first ("Bang" of "Bang Seung-ho"), or null. */
    public static String familyName(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches()
                        && FAMILY_NAMES.contains(matcher.group(1))
                        && !PLACE_SYLLABLES.contains(matcher.group(2))
                ? matcher.group(1)
                : null;
    }
}
