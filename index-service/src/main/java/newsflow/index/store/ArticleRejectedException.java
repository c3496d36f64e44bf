package newsflow.index.store;

/**
 * One change of a batch can never be stored as it is (the store refuses the document itself), so retrying it is
 * useless. The changes before it are durably written; the ones after it may or may not be, and may be written
 * again, which the version checks make harmless.
 */
public class ArticleRejectedException extends RuntimeException {

    private final int index;

    public ArticleRejectedException(int index, String message, Throwable cause) {
        super(message, cause);
        this.index = index;
    }

    /** Where the refused change is in the batch, from 0. */
    public int index() {
        return index;
    }
}
