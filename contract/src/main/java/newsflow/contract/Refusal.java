package newsflow.contract;

/**
 * Why an article was refused: the JSON error body of {@code POST /api/articles}, and part of {@link ArticleRejected}.
 *
 * @param reason  the reason code
 * @param message what exactly was wrong, for people
 * @param field   the offending field, when one is to blame
 */
public record Refusal(ReasonCode reason, String message, String field) {

    public static Refusal of(ReasonCode reason, String message) {
        return new Refusal(reason, message, null);
    }

    public static Refusal ofField(ReasonCode reason, String field, String message) {
        return new Refusal(reason, message, field);
    }
}
