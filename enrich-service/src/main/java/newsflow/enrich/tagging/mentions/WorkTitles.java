package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.Words;

/**
 * Titles of works, whose words name no entity (the annotation rules: works are not entities, and names inside them
 * are not mentions): a painting, a film or a book in quotation marks, written in title case, with a word for a work
 * near ("the painting visitors ask for first, after ‘Girl with a Pearl Earring’", "for “Daegu Nights”, her first
 * feature"), and a title set off by commas after the word for the work ("Her film, The White
 * Months, follows", "Her best-known novel, Los inviernos de Valparaíso, follows"). Every candidate inside such a title
 * is dropped.
 */
public final class WorkTitles {

    /** Text in quotation marks, no longer than a title. */
    private static final Pattern QUOTED = Pattern.compile("[“‘\"]([^“”‘’\"\\n]{3,80})[”’\"]");
    /** Words for a work. */
    private static final String WORKS =
            "film|novel|book|album|painting|play|documentary|memoir|opera|song|poem|collection|canvas|feature";
    /** A work's word, a comma, then its title up to the next comma or full stop. */
    private static final Pattern AFTER_WORK =
            Pattern.compile("\\b(?:" + WORKS + "|debut)s?, (\\p{Lu}[^,.;:!?\\n]{2,80}), ");
    /** A word for a work, or for making or playing in one. */
    private static final Pattern WORK_WORD = Pattern.compile("(?i)\\b(?:" + WORKS + "|movie|series|exhibition|single"
            + "|record|director|starred|appearances|role|title|painted|wrote|written|sang|published)s?\\b");
    /** How far from a quotation a word for the work is looked for. */
    private static final int NEAR = 100;
    /** Words a title leaves in small letters. */
    private static final Set<String> SMALL = Set.of(
            "a", "an", "the", "of", "with", "in", "on", "to", "for", "and", "or", "at", "by", "from", "de", "la", "le",
            "les", "el", "los", "las", "del", "da", "do", "das", "dos", "em", "e", "y", "et", "der", "die", "und",
            "von", "di");

    private static final int MOST_WORDS = 8;

    private WorkTitles() {}

    public static List<Span> drop(List<Span> candidates, Map<ZoneName, String> zoneTexts) {
        List<Title> titles = new ArrayList<>();
        zoneTexts.forEach((zone, text) -> find(zone, text, titles));
        if (titles.isEmpty()) {
            return candidates;
        }
        List<Span> kept = new ArrayList<>(candidates.size());
        for (Span span : candidates) {
            if (titles.stream()
                    .noneMatch(title -> title.zone() == span.zone()
                            && title.start() <= span.start()
                            && span.end() <= title.end())) {
                kept.add(span);
            }
        }
        return kept;
    }

    private static void find(ZoneName zone, String text, List<Title> titles) {
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            if (isTitleCase(quoted.group(1)) && nearWorkWord(text, quoted.start(), quoted.end())) {
                titles.add(new Title(zone, quoted.start(1), quoted.end(1)));
            }
        }
        Matcher afterWork = AFTER_WORK.matcher(text);
        while (afterWork.find()) {
            if (Words.of(afterWork.group(1)).length <= MOST_WORDS) {
                titles.add(new Title(zone, afterWork.start(1), afterWork.end(1)));
            }
        }
    }

    /**
     * Whether a word for a work or for making one stands within a sentence's reach of the quotation: a title in
     * quotation marks is told from a quoted organisation's name ("the “Lebanon First” list") by it.
     */
    private static boolean nearWorkWord(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR));
        return WORK_WORD.matcher(around).find();
    }

    /** Two to eight words, the first capitalised, every other capitalised or one a title leaves small. */
    private static boolean isTitleCase(String text) {
        String[] words = Words.of(text.strip());
        if (words.length < 2 || words.length > MOST_WORDS || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))
                    && !Character.isDigit(word.codePointAt(0))
                    && !SMALL.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private record Title(ZoneName zone, int start, int end) {}
}
