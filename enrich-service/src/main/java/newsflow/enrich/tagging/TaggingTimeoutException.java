package newsflow.enrich.tagging;

/**
 * Tagging an article took longer than it may. The work stops where the deadline was noticed (between two sentences,
 * or two steps of the resolution), so nothing keeps running after it.
 */
public class TaggingTimeoutException extends RuntimeException {

    public TaggingTimeoutException(String message) {
        super(message);
    }
}
