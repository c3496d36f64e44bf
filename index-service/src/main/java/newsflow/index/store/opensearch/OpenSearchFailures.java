package newsflow.index.store.opensearch;

import java.io.IOException;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.StoreUnavailableException;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;

/**
 * What OpenSearch's failures mean for the store's callers: a node that cannot be reached, is overloaded (429) or
 * fails (5xx) makes the store unavailable, to be retried; a search it refuses as bad (400) is the caller's query to
 * correct.
 */
final class OpenSearchFailures {

    private OpenSearchFailures() {}

    static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    static StoreUnavailableException unavailable(String what, Exception ex) {
        return new StoreUnavailableException("OpenSearch cannot " + what + ": " + describe(ex), ex);
    }

    /** A failed search: the query's fault when OpenSearch says it is bad, else the store is unavailable. */
    static RuntimeException ofSearch(Exception ex) {
        if (ex instanceof OpenSearchException refused && refused.status() == 400) {
            return new InvalidQueryException("q is not a valid query: " + reason(refused.error()), ex);
        }
        return unavailable("search", ex);
    }

    static String describe(Exception ex) {
        if (ex instanceof OpenSearchException refused) {
            return refused.status() + " " + reason(refused.error());
        }
        if (ex instanceof IOException) {
            return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : " " + ex.getMessage());
        }
        return String.valueOf(ex.getMessage());
    }

    /** The most specific reason OpenSearch gives, the root cause's when there is one. */
    static String reason(ErrorCause error) {
        if (error == null) {
            return "no reason given";
        }
        ErrorCause cause = error;
        if (!error.rootCause().isEmpty()) {
            cause = error.rootCause().get(0);
        } else if (error.causedBy() != null) {
            cause = error.causedBy();
        }
        return cause.reason() != null ? cause.reason() : String.valueOf(cause.type());
    }
}
