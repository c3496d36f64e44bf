package newsflow.ingest.cleaning.linemodel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;

/**
 * The features by which {@link FurnitureLineModel} tells a page's furniture from its article text, for one block
 * among the others: its words and first words, its length, how it ends, its capitals, digits, separators and quotes,
 * and where it stands (before the article's first paragraph, after its last, next to what the rules already call
 * furniture). Names of features, not numbers, so the model's file can be read.
 */
public final class LineFeatures {

    /** A block of this many words or more, ending a sentence, is a paragraph of the article. */
    private static final int PARAGRAPH_WORDS = 20;
    /** A sentence of reporting this long marks where the article runs. */
    static final int SENTENCE_WORDS = 10;

    private static final String SEPARATORS = "·|•→—–/›»:@#€$£%()[]©+";
    private static final String BAR_SEPARATORS = "·|•→—–›»";
    private static final int LABEL_WORDS = 6;
    private static final Pattern QUOTATION = Pattern.compile("[“„«\"]");
    private static final List<String> SAYING = List.of("said", "says", "told", "tells", "according to");

    private final List<Block> blocks;
    private final Block.Role[] roles;
    private final int[] wordCounts;
    private final int firstParagraph;
    private final int lastParagraph;

    /** The features of the blocks of a page, with the roles the furniture rules gave them. */
    public LineFeatures(List<Block> blocks, Block.Role[] roles) {
        this.blocks = blocks;
        this.roles = roles;
        this.wordCounts = new int[blocks.size()];
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            wordCounts[i] = roles[i] == Block.Role.TEXT ? countWords(text) : 0;
            if (roles[i] == Block.Role.TEXT && isParagraph(text, wordCounts[i])) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        this.firstParagraph = first;
        this.lastParagraph = last;
    }

    /**
     * Whether a block reads as the article's own reporting, which no model may take for furniture: a plain sentence (one
     * that ends as sentences do, with neither a label before a colon nor the separators of bars, rows and teasers), a
     * quotation, or a line that reports what someone said. Furniture written as a plain sentence ("Our reporter …
     * travelled to … for this story.") is left to the rules.
     */
    static boolean readsAsReporting(String text) {
        if ("sentence".equals(endOf(text)) && !hasLabel(text) && !hasBarSeparator(text)) {
            return true;
        }
        return QUOTATION.matcher(text).find() || SAYING.stream().anyMatch(word -> hasWord(text, word));
    }

    /** Whether the block holds a separator of bars, rows and teasers ("·", "|", "•", "→", "—", "–", "›", "»"). */
    static boolean hasBarSeparator(String text) {
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if ((ch == '|' || ch > 0x7f) && BAR_SEPARATORS.indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The names of the features of block {@code i}. */
    public Set<String> of(int i) {
        String text = blocks.get(i).text();
        List<String> words = words(text);
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        for (int w = 0; w < words.size(); w++) {
            features.add("w:" + words.get(w));
        }
        if (!words.isEmpty()) {
            features.add("f1:" + words.get(0));
            features.add("l1:" + words.get(words.size() - 1));
        }
        if (words.size() > 1) {
            features.add("f2:" + words.get(0) + "_" + words.get(1));
        }
        String length = lengthBucket(words.size());
        String end = endOf(text);
        features.add("len:" + length);
        features.add("end:" + end);
        features.add("caps:" + capitalsBucket(text));
        addCharacters(text, words, features);
        String place = place(i);
        features.add("at:" + place);
        features.add("at:" + place + "|len:" + length);
        features.add("at:" + place + "|end:" + end);
        features.add("prev:" + roleName(i - 1));
        features.add("next:" + roleName(i + 1));
        features.add("prev:" + roleName(i - 1) + "|next:" + roleName(i + 1));
        features.add("furnitureBefore:" + furnitureBefore(i));
        return features;
    }

    private void addCharacters(String text, List<String> words, Set<String> features) {
        boolean letters = false;
        boolean lower = false;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (SEPARATORS.indexOf(ch) >= 0) {
                features.add("sep:" + ch);
            } else if (Character.isDigit(ch)) {
                features.add("digit");
            } else if (ch == '“' || ch == '”' || ch == '"' || ch == '‘') {
                features.add("quote");
            } else if (Character.isLetter(ch)) {
                letters = true;
                lower |= Character.isLowerCase(ch);
            }
        }
        if (letters && !lower && text.length() > 3) {
            features.add("allCaps");
        }
        if (hasLabel(text)) {
            features.add("label");
        }
        if (!words.isEmpty() && (Character.isDigit(text.charAt(0)) || text.startsWith("("))) {
            features.add("numbered");
        }
    }

    /** Where the block stands against the article's paragraphs. */
    private String place(int i) {
        if (firstParagraph < 0) {
            return "noParagraphs";
        } else if (i < firstParagraph) {
            return "beforeFirst";
        } else if (i == firstParagraph) {
            return "first";
        } else if (i < lastParagraph) {
            return "between";
        } else if (i == lastParagraph) {
            return "last";
        }
        return "afterLast";
    }

    private boolean furnitureBefore(int i) {
        for (int j = Math.max(firstParagraph, 0); j < i; j++) {
            if (roles[j] == Block.Role.FURNITURE) {
                return true;
            }
        }
        return false;
    }

    private String roleName(int i) {
        if (i < 0) {
            return "start";
        } else if (i >= blocks.size()) {
            return "end";
        }
        return roles[i].name();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= text.length(); c++) {
            boolean part = c < text.length()
                    && (Character.isLetterOrDigit(text.charAt(c)) || text.charAt(c) == '\'' || text.charAt(c) == '’');
            if (part && start < 0) {
                start = c;
            } else if (!part && start >= 0) {
                words.add(text.substring(start, c).toLowerCase(Locale.ROOT).replace('’', '\''));
                start = -1;
            }
        }
        return words;
    }

    /** A label before a colon: six words at most ("Podcast pick:", "Keep reading on the commodities desk:"). */
    private static boolean hasLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && wordCount(text, colon, LABEL_WORDS + 1) <= LABEL_WORDS;
    }

    /** The number of words before {@code end}, counted up to {@code limit} and no further, without making them. */
    private static int wordCount(String text, int end, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int c = 0; c < end && words < limit; c++) {
            char ch = text.charAt(c);
            boolean part = ch < 0x80
                    ? (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' || ch >= '0' && ch <= '9'
                    : Character.isLetterOrDigit(ch);
            if (part && !inWord) {
                words++;
            }
            inWord = part || (inWord && (text.charAt(c) == '\'' || text.charAt(c) == '’'));
        }
        return words;
    }

    /** Whether the word, in lower case, stands in the text as a word of its own. */
    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The words of text block {@code i}, counted up to {@value #PARAGRAPH_WORDS}. */
    int words(int i) {
        return wordCounts[i];
    }

    /** The block's words, counted up to {@value #PARAGRAPH_WORDS}: enough to tell paragraphs and sentences. */
    static int countWords(String text) {
        return wordCount(text, text.length(), PARAGRAPH_WORDS);
    }

    /** A sentence of reporting of {@value #SENTENCE_WORDS} words or more, which shows that the article goes on. */
    static boolean isSentence(int words) {
        return words >= SENTENCE_WORDS;
    }

    /** A paragraph of the article: {@value #PARAGRAPH_WORDS} words or more, ending a sentence. */
    static boolean isParagraph(String text, int words) {
        return words >= PARAGRAPH_WORDS && "sentence".equals(endOf(text));
    }

    private static String lengthBucket(int words) {
        if (words <= 3) {
            return Integer.toString(words);
        } else if (words <= 5) {
            return "4-5";
        } else if (words <= 8) {
            return "6-8";
        } else if (words <= 12) {
            return "9-12";
        } else if (words <= 19) {
            return "13-19";
        } else if (words <= 34) {
            return "20-34";
        }
        return "35+";
    }

    private static String endOf(String text) {
        int end = text.length() - 1;
        while (end > 0 && "\"”’')]»".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        char last = end >= 0 ? text.charAt(end) : ' ';
        if (last == '.' || last == '!' || last == '?') {
            return "sentence";
        } else if (Character.isLetter(last)) {
            return "letter";
        } else if (Character.isDigit(last)) {
            return "digit";
        }
        return "other";
    }

    private static String capitalsBucket(String text) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (Character.isLetter(ch)) {
                if (!inWord) {
                    words++;
                    capitalised += Character.isUpperCase(ch) ? 1 : 0;
                }
                inWord = true;
            } else if (ch == ' ') {
                inWord = false;
            }
        }
        return words == 0 ? "none" : Integer.toString(Math.min(4, capitalised * 5 / words));
    }
}
