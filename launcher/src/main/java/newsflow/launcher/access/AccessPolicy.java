package newsflow.launcher.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.contract.ConsumerGroups;
import newsflow.contract.Topics;
import org.apache.kafka.common.acl.AclBinding;

/**
 * Who may do what on newsflow's Kafka cluster, written once from {@link Topics} and {@link ConsumerGroups}: the
 * operators' {@link KafkaSetupApplication kafka-setup} grants exactly these ACLs, and the tests run against a broker
 * that grants exactly these.
 *
 * <p>Nothing else is allowed: the brokers run StandardAuthorizer, which refuses whatever no ACL allows. No account may
 * create, delete or reconfigure topics, or do anything on the cluster itself; the administrator creates the topics.
 * No account needs IDEMPOTENT_WRITE on the cluster for its idempotent producer: Kafka (since KIP-679) gives a
 * producer id to any principal that may WRITE some topic.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    /** What the account may do. */
    public static Access of(ServiceAccount account) {
        return switch (account) {
            // Reads raw articles in its group, and articles.versions whole with no group; writes raw articles for
            // POST /api/articles, its results, its memory of versions, and what it could not process.
            case INGEST ->
                new Access(
                        account,
                        List.of(Topics.RAW, Topics.ARTICLE_VERSIONS),
                        List.of(
                                Topics.RAW,
                                Topics.INGESTED,
                                Topics.REJECTED,
                                Topics.ARTICLE_VERSIONS,
                                Topics.deadLetterOf(Topics.RAW)),
                        List.of(ConsumerGroups.INGEST),
                        List.of());
            case ENRICH ->
                new Access(
                        account,
                        List.of(Topics.INGESTED, Topics.RETAG),
                        List.of(
                                Topics.ENRICHED,
                                Topics.RETAG_OUTCOMES,
                                Topics.deadLetterOf(Topics.INGESTED),
                                Topics.deadLetterOf(Topics.RETAG)),
                        List.of(ConsumerGroups.ENRICH, ConsumerGroups.ENRICH_RETAG),
                        List.of());
            case INDEX ->
                new Access(
                        account,
                        List.of(Topics.ENRICHED),
                        List.of(Topics.deadLetterOf(Topics.ENRICHED)),
                        List.of(ConsumerGroups.INDEX),
                        List.of());
            // Follows every pipeline and dead-letter topic with no group, sees the stages' lag, and redrives dead
            // letters into the topic they came from.
            case DASHBOARD ->
                new Access(account, pipelineAndDeadLetterTopics(), Topics.CONSUMED, List.of(), stageGroups());
            case VIEWER -> new Access(account, allTopics(), List.of(), List.of(), stageGroups());
        };
    }

    /** What every account may do, in the order of {@link ServiceAccount}. */
    public static List<Access> all() {
        return Arrays.stream(ServiceAccount.values()).map(AccessPolicy::of).toList();
    }

    /** Every ACL binding of every account. */
    public static List<AclBinding> bindings() {
        return all().stream().flatMap(access -> access.bindings().stream()).toList();
    }

    /** Every topic newsflow has: the pipeline's, their dead-letter topics and ingest's article versions. */
    public static List<String> allTopics() {
        List<String> topics = new ArrayList<>(pipelineAndDeadLetterTopics());
        topics.add(Topics.ARTICLE_VERSIONS);
        return List.copyOf(topics);
    }

    private static List<String> pipelineAndDeadLetterTopics() {
        List<String> topics = new ArrayList<>(Topics.PIPELINE);
        Topics.CONSUMED.forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
        return List.copyOf(topics);
    }

    private static List<String> stageGroups() {
        return List.of(ConsumerGroups.INGEST, ConsumerGroups.ENRICH, ConsumerGroups.ENRICH_RETAG, ConsumerGroups.INDEX);
    }
}
