package newsflow.launcher.access;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What one account may do on the cluster.
 *
 * @param account       who
 * @param reads         the topics it reads
 * @param writes        the topics it writes
 * @param groups        the consumer groups it consumes in
 * @param watchedGroups the consumer groups whose committed offsets it may see, to show their lag
 */
public record Access(
        ServiceAccount account,
        List<String> reads,
        List<String> writes,
        List<String> groups,
        List<String> watchedGroups) {

    public Access {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        groups = List.copyOf(groups);
        watchedGroups = List.copyOf(watchedGroups);
    }

    /**
     * The ACL bindings that allow exactly this, from any host, on the resources named literally (no prefixes, no
     * wildcards). Kafka lets READ and WRITE imply DESCRIBE, so DESCRIBE is not granted on its own.
     */
    public List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        reads.forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, AclOperation.READ)));
        writes.forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, AclOperation.WRITE)));
        groups.forEach(group -> bindings.add(allow(ResourceType.GROUP, group, AclOperation.READ)));
        watchedGroups.forEach(group -> bindings.add(allow(ResourceType.GROUP, group, AclOperation.DESCRIBE)));
        return List.copyOf(bindings);
    }

    private AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(account.principal(), "*", operation, AclPermissionType.ALLOW));
    }
}
