package newsflow.enrich.tagging.resolution.organisations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.resolution.WordMentions;
import newsflow.enrich.tagging.text.ArticleWords;
import newsflow.enrich.tagging.text.Token;

/**
 * One-word organisation names, in every place the article writes them: a name found as an organisation twice is that
 * organisation wherever the finders missed it ("Cohere, the Toronto-based developer ..." then "Cohere said ..."), and
 * so is a new company's name that no finder saw but the article calls a company ("Bengaluru start-up KhataPay",
 * "KhataPay, a start-up that ..."). Never a word the article also writes in small letters, a given name, an acronym
 * (acronyms have rules of their own), nor a word where the model calls it something else ("Titanic" the ship).
 */
public final class OrganisationWords {

    private static final String NOUNS = "(?:start-up|startup|company|firm|wholesaler|retailer|lender|insurer|fintech|"
            + "app|platform|brand|chain|carrier|airline|developer|maker|band|gang|label|publisher|broadcaster)";
    /** "start-up KhataPay sharpens ...": the noun, then one capitalised word that no capitalised word follows. */
    private static final Pattern NOUN_BEFORE =
            Pattern.compile("\\b" + NOUNS + " (\\p{Lu}[\\p{L}\\d]*\\p{Ll}[\\p{L}\\d]*)(?![\\p{L}\\d-]| \\p{Lu})");
    /** "KhataPay, a Bengaluru start-up that ...": the word opens a sentence or a line, then an apposition. */
    private static final Pattern APPOSITION = Pattern.compile("(?:^|(?<=[.!?] )|(?<=\\n))(\\p{Lu}[\\p{L}\\d]*"
            + "\\p{Ll}[\\p{L}\\d]*), (?:a|an) (?:[\\p{L}\\d-]+ ){0,4}" + NOUNS + "\\b");

    /** How often the finders must have found a name as an organisation before its other places are taken too. */
    private static final int MIN_FOUND = 2;

    private OrganisationWords() {}

    public static List<Span> find(
            List<Span> spans,
            List<Span> other,
            Map<ZoneName, String> zoneTexts,
            Map<ZoneName, List<List<Token>>> tokens,
            Gazetteer gazetteer) {
        Set<String> lowerCase = ArticleWords.smallWords(tokens);
        Map<String, Span> names = new HashMap<>();
        Map<String, Integer> found = new HashMap<>();
        Set<String> typedOtherwise = new HashSet<>();
        for (Span span : spans) {
            if (span.type() != EntityType.ORGANIZATION) {
                typedOtherwise.add(span.text());
            } else if (span.tokens() == 1 && span.text().length() >= 3) {
                names.putIfAbsent(span.text(), span);
                found.merge(span.text(), 1, Integer::sum);
            }
        }
        names.keySet().removeIf(word -> found.get(word) < MIN_FOUND);
        for (String text : zoneTexts.values()) {
            for (Pattern cue : List.of(NOUN_BEFORE, APPOSITION)) {
                Matcher matcher = cue.matcher(text);
                while (matcher.find()) {
                    String word = matcher.group(1);
                    if (!typedOtherwise.contains(word) && gazetteer.lookup(word).isEmpty()) {
                        names.putIfAbsent(
                                word,
                                new Span(
                                        ZoneName.BODY, 0, 0, word, EntityType.ORGANIZATION, null, MentionForm.NAME, 1));
                    }
                }
            }
        }
        names.keySet()
                .removeIf(word -> typedOtherwise.contains(word)
                        || gazetteer.isGivenName(word)
                        || lowerCase.contains(word.toLowerCase(Locale.ROOT))
                        || !Character.isUpperCase(word.codePointAt(0))
                        || word.equals(word.toUpperCase(Locale.ROOT)));
        List<Span> taken = new ArrayList<>(spans);
        taken.addAll(other);
        return WordMentions.find(names.keySet(), tokens, taken, (zone, token) -> {
            Span name = names.get(token.text());
            return new Span(
                    zone,
                    token.start(),
                    token.end(),
                    token.text(),
                    EntityType.ORGANIZATION,
                    name.known(),
                    name.form(),
                    1);
        });
    }
}
