package newsflow.launcher.access;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Kafka users newsflow connects as on a secured cluster: one per service, so that each may read and write only
 * its own topics ({@link AccessPolicy}), and a read-only one for the operators' tools. A service names its user in
 * {@code NEWSFLOW_KAFKA_USERNAME} under the {@code kafka-sasl} profile.
 */
public enum ServiceAccount {
    INGEST("newsflow-ingest"),
    ENRICH("newsflow-enrich"),
    INDEX("newsflow-index"),
    DASHBOARD("newsflow-dashboard"),
    /** Kafka UI and other operators' tools that only look. */
    VIEWER("newsflow-viewer");

    private final String user;

    ServiceAccount(String user) {
        this.user = user;
    }

    /** The Kafka (SCRAM) user name, for example {@code newsflow-ingest}. */
    public String user() {
        return user;
    }

    /** The principal ACLs name, for example {@code User:newsflow-ingest}. */
    public String principal() {
        return "User:" + user;
    }

    /** Its short name in settings, for example {@code ingest} in {@code newsflow.setup.passwords.ingest}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The account of a short name; an unknown name is an error that lists the known ones. */
    public static ServiceAccount ofKey(String key) {
        return Arrays.stream(values())
                .filter(account -> account.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Kafka account is called " + key + "; there are "
                        + Arrays.stream(values()).map(ServiceAccount::key).toList()));
    }
}
