package newsflow.launcher.reliability;

import java.time.Duration;

/**
 * One scenario's line of {@code docs/reliability.md}.
 *
 * @param scenario     what was broken
 * @param articles     generated articles (stories), half over Kafka, half over HTTP
 * @param sent         raw articles their publishers sent: every version and retraction, once each
 * @param accepted     of those, how many were accepted (a broker acknowledgement or a 202), after the publishers'
 *                     retries
 * @param retried      sends that were answered 429 or 503 or found the service unreachable, and were sent again
 * @param expected     articles that must be in the store at the end (all but the retracted ones)
 * @param indexed      of those, how many are there at their newest version
 * @param deadLettered articles sent to a dead-letter topic with their reason
 * @param lost         articles accepted and not in the store at their newest version, plus retracted ones still
 *                     there
 * @param duplicated   articles held more than once
 * @param recovery     from the end of the fault until the store held every accepted article
 */
record ReliabilityRow(
        String scenario,
        int articles,
        int sent,
        int accepted,
        int retried,
        int expected,
        int indexed,
        int deadLettered,
        int lost,
        int duplicated,
        Duration recovery) {

    static final String HEADER = """
            | scenario | articles | raw articles sent | accepted | sends retried (429, 503 or unreachable) \
            | expected in store | indexed at newest version | dead-lettered | lost | duplicated | time to recover |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";

    String markdown() {
        return "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %d | %d | %s |"
                .formatted(
                        scenario,
                        articles,
                        sent,
                        accepted,
                        retried,
                        expected,
                        indexed,
                        deadLettered,
                        lost,
                        duplicated,
                        recovery == null ? "did not recover" : "%.0f s".formatted(recovery.toMillis() / 1000.0));
    }
}
