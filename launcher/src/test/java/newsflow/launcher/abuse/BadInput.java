package newsflow.launcher.abuse;

import newsflow.contract.ReasonCode;

/**
 * One hostile or broken raw article, and the refusal it must get.
 *
 * @param kind        what is wrong with it, for failure messages
 * @param bytes       the record value or request body
 * @param contentType the HTTP Content-Type it is sent with
 * @param reason      the reason code it must be refused with
 */
record BadInput(String kind, byte[] bytes, String contentType, ReasonCode reason) {

    static BadInput json(String kind, byte[] bytes, ReasonCode reason) {
        return new BadInput(kind, bytes, "application/json", reason);
    }
}
