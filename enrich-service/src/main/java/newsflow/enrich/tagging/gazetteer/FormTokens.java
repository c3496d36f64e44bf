package newsflow.enrich.tagging.gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a gazetteer form falls into the tokenizer's tokens, closely enough to index forms by their first token without
 * running the tokenizer on every form: words are split at spaces, and a word's trailing punctuation or possessive
 * may be a token of its own ("Yahoo!", "McDonald's"), so each possible first token is indexed.
 */
final class FormTokens {

    private static final String SPLIT_OFF = ".,!?;:'’\")]";

    private FormTokens() {}

    /** The tokens the tokenizer may begin the form with. */
    static Set<String> firstTokens(String form) {
        int space = form.indexOf(' ');
        String word = space < 0 ? form : form.substring(0, space);
        Set<String> firsts = new LinkedHashSet<>();
        firsts.add(word);
        for (int end = word.length() - 1; end > 0; end--) {
            if (SPLIT_OFF.indexOf(word.charAt(end)) >= 0) {
                firsts.add(word.substring(0, end));
            }
        }
        return firsts;
    }

    /** At most how many tokens the form is: its words, and a token for each punctuation mark in it. */
    static int mostTokens(String form) {
        int tokens = 1;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == ' ' || SPLIT_OFF.indexOf(c) >= 0 || c == '(' || c == '-' || c == '&' || c == '/') {
                tokens++;
            }
        }
        return tokens;
    }
}
