package newsflow.contract;

/** Where a consumed record came from. */
public record SourceRecord(String topic, int partition, long offset) {}
