package newsflow.contract;

/** Checks the required fields of an event when it is made, so an event with one missing cannot exist. */
final class Required {

    private Required() {}

    static <T> T value(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        return value;
    }
}
