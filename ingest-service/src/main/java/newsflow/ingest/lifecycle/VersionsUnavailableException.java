package newsflow.ingest.lifecycle;

/**
 * The versions of articles cannot be read right now (the local store is not open: ingest is stopping, or the store is
 * being opened again after a failure), so no article can be checked: try again shortly.
 */
public class VersionsUnavailableException extends RuntimeException {

    VersionsUnavailableException(String message) {
        super(message);
    }
}
