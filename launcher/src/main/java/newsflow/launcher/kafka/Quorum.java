package newsflow.launcher.kafka;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The KRaft controller quorum a node belongs to, and which of its members this node is. The local run is a quorum
 * of one (the node is its own controller); a cluster is three nodes, each broker and controller, that know each
 * other by the same list of voters ({@code 1@host-a:9093,2@host-b:9093,3@host-c:9093}) and were formatted with the
 * same cluster id.
 *
 * @param nodeId    this node's id, one of the voters'
 * @param voters    every controller of the cluster, this node among them
 * @param clusterId the id every node's storage is formatted with; empty for a single node, which makes a new one
 */
public record Quorum(int nodeId, List<Voter> voters, Optional<String> clusterId) {

    /** A cluster's replication factor: three copies, or one per node on a smaller cluster. */
    static final int MAX_REPLICATION_FACTOR = 3;

    public Quorum {
        voters = List.copyOf(voters);
        Objects.requireNonNull(clusterId, "clusterId");
        if (voters.isEmpty()) {
            throw new IllegalArgumentException("a controller quorum needs at least one voter");
        }
        Set<Integer> ids = new HashSet<>();
        for (Voter voter : voters) {
            if (!ids.add(voter.id())) {
                throw new IllegalArgumentException("node " + voter.id() + " is in the controller quorum twice");
            }
        }
        if (!ids.contains(nodeId)) {
            throw new IllegalArgumentException(
                    "node " + nodeId + " is not in the controller quorum " + votersConfig(voters));
        }
        if (voters.size() > 1 && clusterId.isEmpty()) {
            throw new IllegalArgumentException("a cluster of " + voters.size()
                    + " nodes needs --cluster-id, the same on every node (22 characters of base64, for example "
                    + Uuid.randomUuid() + ")");
        }
    }

    /** A node that is its own controller quorum, as in the local run. */
    public static Quorum single(String host, int controllerPort) {
        return new Quorum(1, List.of(new Voter(1, host, controllerPort)), Optional.empty());
    }

    /**
     * Reads Kafka's form of the voters, {@code id@host:port} separated by commas.
     *
     * @throws IllegalArgumentException naming the entry that is not of that form
     */
    public static Quorum parse(int nodeId, String voters, String clusterId) {
        List<Voter> parsed = new ArrayList<>();
        for (String entry : voters.split(",", -1)) {
            parsed.add(Voter.parse(entry.strip()));
        }
        return new Quorum(nodeId, parsed, Optional.ofNullable(clusterId).filter(id -> !id.isBlank()));
    }

    /** Whether it is a cluster of several nodes rather than the local run's one. */
    public boolean isCluster() {
        return voters.size() > 1;
    }

    /** This node's entry: where its controller listens. */
    public Voter self() {
        return voters.stream().filter(voter -> voter.id() == nodeId).findFirst().orElseThrow();
    }

    /** Copies of each partition of Kafka's own topics and of topics made without a factor: 3, or fewer nodes. */
    public int replicationFactor() {
        return Math.min(MAX_REPLICATION_FACTOR, voters.size());
    }

    /**
     * Replicas that must have a write before it is acknowledged to an {@code acks=all} producer: a majority of the
     * copies, so one node may be away without stopping writes and no acknowledged write is on one node only (2 of 3;
     * 1 on a single node).
     */
    public int minInsyncReplicas() {
        return replicationFactor() / 2 + 1;
    }

    /** The voters as Kafka's {@code controller.quorum.voters} takes them. */
    public String votersConfig() {
        return votersConfig(voters);
    }

    private static String votersConfig(List<Voter> voters) {
        return voters.stream().map(Voter::toString).collect(Collectors.joining(","));
    }

    /** One controller of the quorum: {@code id@host:port}. */
    public record Voter(int id, String host, int port) {

        public Voter {
            Objects.requireNonNull(host, "host");
            if (id < 0) {
                throw new IllegalArgumentException("a node id is 0 or more, not " + id);
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("a controller port is between 1 and 65535, not " + port);
            }
        }

        static Voter parse(String entry) {
            int at = entry.indexOf('@');
            int colon = entry.lastIndexOf(':');
            if (at < 1 || colon < at + 2 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "a controller quorum entry is id@host:port (1@kafka-1:9093), not '" + entry + "'");
            }
            try {
                return new Voter(
                        Integer.parseInt(entry.substring(0, at)),
                        entry.substring(at + 1, colon),
                        Integer.parseInt(entry.substring(colon + 1)));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(
                        "a controller quorum entry is id@host:port with numbers for id and port, not '" + entry + "'");
            }
        }

        @Override
        public String toString() {
            return id + "@" + host + ":" + port;
        }
    }
}
