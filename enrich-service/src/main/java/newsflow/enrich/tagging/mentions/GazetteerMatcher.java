package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.text.Token;

/**
 * Finds the gazetteer's surface forms in a sentence, longest first, including the country in "French-led",
 * "Puerto Rican-born" and "Russia’s", and social handles such as {@code @UN_HRC} anywhere in a zone.
 */
public final class GazetteerMatcher {

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_]{1,30})\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(['’]s?)$");

    private final Gazetteer gazetteer;

    public GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The forms in a sentence; in a sentence written in capitals also the capital forms of names ("DENVER"). */
    public List<Span> match(ZoneName zone, String zoneText, List<Token> sentence, boolean capitals, String language) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            int matched = longestFormAt(zone, zoneText, sentence, i, capitals, language, spans);
            if (matched == 0) {
                partOfWord(zone, sentence.get(i), language).ifPresent(spans::add);
                i++;
            } else {
                i += matched;
            }
        }
        return spans;
    }

    public List<Span> handles(ZoneName zone, String zoneText) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = HANDLE.matcher(zoneText);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            gazetteer
                    .handle(matcher.group(1))
                    .ifPresent(entry -> spans.add(new Span(
                            zone, start, end, zoneText.substring(start, end), entry.type(), entry, entry.form(), 1)));
        }
        return spans;
    }

    /** Adds the longest form starting at token {@code from}; returns how many tokens it spans, 0 for none. */
    private int longestFormAt(
            ZoneName zone,
            String zoneText,
            List<Token> sentence,
            int from,
            boolean capitals,
            String language,
            List<Span> spans) {
        int most = gazetteer.mostTokensFrom(sentence.get(from).text(), capitals, language);
        int longest = Math.min(most, sentence.size() - from);
        for (int words = longest; words >= 1; words--) {
            int start = sentence.get(from).start();
            int end = sentence.get(from + words - 1).end();
            String text = zoneText.substring(start, end);
            Optional<GazetteerEntry> entry =
                    capitals ? gazetteer.lookupCapitals(text, language) : gazetteer.lookup(text, language);
            if (entry.isEmpty() && from == 0 && !capitals && Character.isUpperCase(text.codePointAt(0))) {
                entry = gazetteer.lookup(withSmallFirstLetter(text), language); // "Danske ministre": danske
            }
            int hyphen = entry.isEmpty() && words >= 2
                    ? sentence.get(from + words - 1).text().indexOf('-')
                    : -1;
            if (hyphen > 0) { // "Puerto Rican-born", "New York-based"
                end = sentence.get(from + words - 1).start() + hyphen;
                text = zoneText.substring(start, end);
                entry = capitals ? gazetteer.lookupCapitals(text, language) : gazetteer.lookup(text, language);
            }
            if (entry.isPresent()) {
                spans.add(new Span(
                        zone,
                        start,
                        end,
                        text,
                        entry.get().type(),
                        entry.get(),
                        entry.get().form(),
                        words));
                return words;
            }
        }
        return 0;
    }

    /**
     * A form that is the first part of a word: "French" in "French-led", "Russia" in "Russia’s"; in German, a name in
     * the genitive is the whole word ("Frankreichs", "Berlins").
     */
    private Optional<Span> partOfWord(ZoneName zone, Token token, String language) {
        String text = token.text();
        if ("de".equals(language)
                && text.length() >= 4
                && text.endsWith("s")
                && Character.isUpperCase(text.codePointAt(0))) {
            Optional<GazetteerEntry> genitive = gazetteer
                    .lookup(text.substring(0, text.length() - 1), language)
                    .filter(entry -> entry.form() == MentionForm.NAME || entry.form() == MentionForm.ALIAS);
            if (genitive.isPresent()) {
                return genitive.map(entry ->
                        new Span(zone, token.start(), token.end(), text, entry.type(), entry, entry.form(), 1));
            }
        }
        String stem = null;
        int hyphen = text.indexOf('-');
        Matcher possessive = POSSESSIVE.matcher(text);
        if (hyphen > 0) {
            stem = text.substring(0, hyphen);
        } else if (possessive.matches()) {
            stem = possessive.group(1);
        }
        if (stem == null) {
            return Optional.empty();
        }
        String form = stem;
        return gazetteer
                .lookup(form, language)
                .map(entry -> new Span(
                        zone,
                        token.start(),
                        token.start() + form.length(),
                        form,
                        entry.type(),
                        entry,
                        entry.form(),
                        1));
    }

    private static String withSmallFirstLetter(String text) {
        int first = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toLowerCase(first))
                .append(text, Character.charCount(first), text.length())
                .toString();
    }
}
