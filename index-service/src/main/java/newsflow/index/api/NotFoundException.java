package newsflow.index.api;

/** What the caller asked for is not in the store: answered 404 with the message. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
