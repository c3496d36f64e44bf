package newsflow.launcher.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps that make a secured cluster ready for newsflow, taken as its administrator. Each can be taken again:
 * a credential set again is replaced, a topic that exists is left as it is, an ACL that exists is kept.
 */
final class KafkaSetup {

    static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;

    /** Twice Kafka's minimum for SCRAM-SHA-512: each login pays it once, on the client. */
    static final int ITERATIONS = 8192;

    private static final Logger log = LoggerFactory.getLogger(KafkaSetup.class);

    private final Admin admin;
    private final Duration timeout;

    KafkaSetup(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Sets (or replaces) the SCRAM credential of each account given a password; the passwords are not logged. */
    void setCredentials(Map<ServiceAccount, String> passwords) {
        if (passwords.isEmpty()) {
            log.info("No account passwords given: the accounts keep the credentials they have");
            return;
        }
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        passwords.forEach((account, password) -> upserts.add(new UserScramCredentialUpsertion(
                account.user(), new ScramCredentialInfo(MECHANISM, ITERATIONS), password)));
        await(admin.alterUserScramCredentials(upserts).all(), "set the accounts' SCRAM credentials");
        log.info(
                "Set the {} credentials of {}",
                MECHANISM.mechanismName(),
                passwords.keySet().stream().map(ServiceAccount::user).sorted().toList());
    }

    /** Creates the topics that do not exist yet; returns their names. Existing topics are not changed. */
    List<String> createMissingTopics(List<NewTopic> topics) {
        Set<String> existing = await(admin.listTopics().names(), "list the topics");
        List<NewTopic> missing = topics.stream()
                .filter(topic -> !existing.contains(topic.name()))
                .toList();
        if (!missing.isEmpty()) {
            await(admin.createTopics(missing).all(), "create the topics");
        }
        List<String> created = missing.stream().map(NewTopic::name).toList();
        log.info(
                "Created the topics {}; {} existed already and were left as they are",
                created,
                topics.size() - missing.size());
        return created;
    }

    /** Grants the ACLs; those that exist already are kept as they are. */
    void grant(List<AclBinding> bindings) {
        await(admin.createAcls(bindings).all(), "create the ACLs");
        log.info("Granted {} ACLs", bindings.size());
    }

    private <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("Could not " + what + ": " + ex.getCause(), ex.getCause());
        } catch (TimeoutException ex) {
            throw new IllegalStateException("Could not " + what + " within " + timeout.toSeconds() + " s", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, ex);
        }
    }
}
