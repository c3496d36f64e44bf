package newsflow.launcher;

import static newsflow.launcher.ComposeFiles.list;
import static newsflow.launcher.ComposeFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks that it, the Prometheus configuration and
 * the services agree: every service module has its service, started with its command and on the port its own
 * configuration names, and every such port is scraped by Prometheus on the actuator's Prometheus path.
 */
class ComposeConsistencyTests {

    private static final Map<String, Object> COMPOSE = ComposeFiles.yaml("docker-compose.yml");
    private static final Map<String, Object> SERVICES = map(COMPOSE.get("services"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ingest-service, ingest, ingest-service/src/main/resources/application-ingest.yml",
            "enrich-service, enrich, enrich-service/src/main/resources/application-enrich.yml",
            "index-service, index, index-service/src/main/resources/application-index.yml",
            "dashboard, dashboard, dashboard/src/main/resources/application-dashboard.yml"})
    void runsEveryServiceModuleWithItsCommandOnThePortItsConfigurationNames(String name, String command,
            String configuration) {
        Map<String, Object> service = map(SERVICES.get(name));
        int port = (Integer) map(ComposeFiles.yaml(configuration).get("server")).get("port");

        assertThat(service).as(name + " in docker-compose.yml").isNotEmpty();
        assertThat(list(service.get("command"))).containsExactly("service", command);
        assertThat(portsOf(service)).as("ports of " + name).contains(port);
        assertThat(scrapeTargets()).as("Prometheus targets").contains(name + ":" + port);
    }

    @Test
    void runsThreeBrokersAndPipelineTopicsWithReplicationThreeAndMinInsyncTwo() {
        List<String> brokers = SERVICES.keySet().stream().filter(name -> name.matches("kafka-\\d+")).toList();

        assertThat(brokers).containsExactlyInAnyOrder("kafka-1", "kafka-2", "kafka-3");
        for (String service : List.of("ingest-service", "enrich-service", "index-service", "dashboard")) {
            Map<String, Object> environment = map(map(SERVICES.get(service)).get("environment"));
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
            assertThat(environment.get("NEWSFLOW_KAFKA_TOPICS_REPLICATION_FACTOR")).isEqualTo(3);
            assertThat(environment.get("NEWSFLOW_KAFKA_TOPICS_MIN_INSYNC_REPLICAS")).isEqualTo(2);
        }
    }

    @Test
    void scalesEnrichOutToTwoReplicasAndRunsTheOperatorsTools() {
        assertThat(map(map(SERVICES.get("enrich-service")).get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(SERVICES).containsKeys("opensearch", "prometheus", "grafana", "kafka-ui");
        assertThat(map(map(SERVICES.get("kafka-ui")).get("environment")).get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
    }

    /** The container ports a service publishes or exposes. */
    private static List<Integer> portsOf(Map<String, Object> service) {
        return java.util.stream.Stream.concat(list(service.get("ports")).stream(), list(service.get("expose")).stream())
                .map(String::valueOf)
                .map(port -> Integer.parseInt(port.substring(port.lastIndexOf(':') + 1)))
                .toList();
    }

    /** host:port of every Prometheus target, static or by DNS, scraped on /actuator/prometheus. */
    private static List<String> scrapeTargets() {
        return list(ComposeFiles.yaml("ops/prometheus/prometheus.yml").get("scrape_configs")).stream()
                .map(ComposeFiles::map)
                .filter(job -> "/actuator/prometheus".equals(job.get("metrics_path")))
                .flatMap(job -> java.util.stream.Stream.concat(
                        list(job.get("static_configs")).stream().flatMap(config -> list(map(config).get("targets"))
                                .stream().map(String::valueOf)),
                        list(job.get("dns_sd_configs")).stream().flatMap(config -> list(map(config).get("names"))
                                .stream().map(name -> name + ":" + map(config).get("port")))))
                .collect(Collectors.toList());
    }
}
