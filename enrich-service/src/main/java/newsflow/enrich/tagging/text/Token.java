package newsflow.enrich.tagging.text;

/**
 * A word of a zone's text.
 *
 * @param text  the word as written
 * @param start offset of its first character in the zone text
 * @param end   offset after its last character
 */
public record Token(String text, int start, int end) {}
