package newsflow.dashboard.redrive;

/**
 * What happened to one record an operator asked to redrive.
 *
 * @param record  the dead letter
 * @param status  REDRIVEN, NOT_FOUND or REFUSED
 * @param sentTo  the topic, partition and offset it was written to, when redriven
 * @param message why it was not redriven, otherwise null
 */
record RedriveResult(RecordRef record, Status status, String sentTo, String message) {

    enum Status {
        REDRIVEN,
        NOT_FOUND,
        REFUSED
    }

    static RedriveResult redriven(RecordRef record, String sentTo) {
        return new RedriveResult(record, Status.REDRIVEN, sentTo, null);
    }

    static RedriveResult notFound(RecordRef record) {
        return new RedriveResult(record, Status.NOT_FOUND, null, "no record at " + record);
    }

    static RedriveResult refused(RecordRef record, String message) {
        return new RedriveResult(record, Status.REFUSED, null, message);
    }
}
