package newsflow.ingest.cleaning.furniture;

/** Counting the words of a line cheaply: runs of non-space characters holding at least one letter or digit. */
public final class Words {

    private Words() {}

    /** The number of words in the text, counted up to {@code limit} and no further. */
    public static int count(String text, int limit) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length() && words < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
