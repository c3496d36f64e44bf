package newsflow.dashboard.redrive;

/** One record of a dead-letter topic, by its place. */
record RecordRef(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
