package newsflow.enrich.tagging.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Languages named by a nationality's word, which are not the country: "local news in English and Swedish", "its
 * name means “voice” in Albanian.", "translated from Spanish by …", "the engineers speak English", "also available in
 * Russian and Turkmen", "where Albanian is also widely spoken". A nationality is a language where a word for writing,
 * speaking or translating, or "in", "into" or "from", comes before it, alone or in a list that commas, "and" or "or"
 * join, and the list ends there: at punctuation, the end of the line, or a preposition ("in English for the north");
 * not where a noun follows ("from Portuguese and American cities", "in Spanish waters"); and so is one that "is
 * spoken", "understood" or "written".
 */
final class LanguageNames {

    private static final String WORD = "\\p{Lu}[\\p{L}’'-]*";
    private static final Pattern LANGUAGE_LIST = Pattern.compile("\\b(?:in|into|from|speak|speaks|spoke|spoken"
            + "|speaking|learn|learns|learning|taught|teach|teaches|translated|subtitled|dubbed|written|understand"
            + "|understands) ("
            + WORD + "(?:(?:, | and | or |, and |, or )" + WORD + ")*)(?=\\s*(?:[,.;:!?)]|$)|-language|\\s+(?:as|for"
            + "|by|to|on|at|with|every|since|before|after|and then|because|but)\\b)");

    /** "Albanian is also widely spoken", "where Tetum is understood". */
    private static final Pattern SPOKEN = Pattern.compile("(" + WORD + ") (?:is|are|was) (?:(?:also|widely|still"
            + "|mostly|mainly|commonly|not|rarely) ){0,2}(?:spoken|understood|written)\\b");

    private LanguageNames() {}

    /** The spans without the nationalities that name a language. */
    static List<Span> drop(List<Span> spans, Map<ZoneName, String> zoneTexts) {
        List<int[]> lists = new ArrayList<>();
        List<ZoneName> zones = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> {
            for (Pattern pattern : List.of(LANGUAGE_LIST, SPOKEN)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    lists.add(new int[] {matcher.start(1), matcher.end(1)});
                    zones.add(zone);
                }
            }
        });
        if (lists.isEmpty()) {
            return spans;
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (!(span.form() == MentionForm.DEMONYM && inList(span, lists, zones))) {
                kept.add(span);
            }
        }
        return kept;
    }

    private static boolean inList(Span span, List<int[]> lists, List<ZoneName> zones) {
        for (int i = 0; i < lists.size(); i++) {
            int[] list = lists.get(i);
            if (zones.get(i) == span.zone() && span.start() >= list[0] && span.end() <= list[1]) {
                return true;
            }
        }
        return false;
    }
}
