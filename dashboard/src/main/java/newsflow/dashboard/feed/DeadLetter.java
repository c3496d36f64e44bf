package newsflow.dashboard.feed;

import java.time.Instant;

/**
 * A record a stage could not process, as the dashboard shows it.
 *
 * @param topic            the dead-letter topic
 * @param partition        its partition there
 * @param offset           its offset there
 * @param key              its key, as text
 * @param originalTopic    where it came from
 * @param originalOffset   its offset there
 * @param exception        the class of the exception that sent it here (the cause, where one is recorded)
 * @param reason           the exception's message
 * @param deadLetteredAt   when it was written to the dead-letter topic
 * @param value            the record as it was, as text (cut at a few kilobytes), or null for a tombstone
 */
public record DeadLetter(
        String topic,
        int partition,
        long offset,
        String key,
        String originalTopic,
        long originalOffset,
        String exception,
        String reason,
        Instant deadLetteredAt,
        String value) {}
