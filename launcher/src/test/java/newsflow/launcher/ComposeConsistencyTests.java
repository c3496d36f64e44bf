package newsflow.launcher;

import static newsflow.launcher.ComposeFiles.list;
import static newsflow.launcher.ComposeFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.launcher.access.ServiceAccount;
import newsflow.launcher.kafka.SecuredKafka;
import newsflow.support.kafka.PipelineKafkaProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks that it, the Prometheus configuration and
 * the services agree: every service module has its service, started with its command and on the port its own
 * configuration names, and every such port is scraped by Prometheus on the actuator's Prometheus path, which gets the
 * alert rules its configuration loads; and that its
 * Kafka is secured as the broker {@code KafkaSecurityTests} runs against, with every client logged in as the user the
 * access policy has for it, and no password written down.
 */
class ComposeConsistencyTests {

    private static final Map<String, Object> COMPOSE = ComposeFiles.yaml("docker-compose.yml");
    private static final Map<String, Object> SERVICES = map(COMPOSE.get("services"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ingest-service, ingest, ingest-service/src/main/resources/application-ingest.yml",
        "enrich-service, enrich, enrich-service/src/main/resources/application-enrich.yml",
        "index-service, index, index-service/src/main/resources/application-index.yml",
        "dashboard, dashboard, dashboard/src/main/resources/application-dashboard.yml"
    })
    void runsEveryServiceModuleWithItsCommandOnThePortItsConfigurationNames(
            String name, String command, String configuration) {
        Map<String, Object> service = map(SERVICES.get(name));
        int port = (Integer) map(ComposeFiles.yaml(configuration).get("server")).get("port");

        assertThat(service).as(name + " in docker-compose.yml").isNotEmpty();
        assertThat(list(service.get("command"))).containsExactly("service", command);
        assertThat(portsOf(service)).as("ports of " + name).contains(port);
        assertThat(scrapeTargets()).as("Prometheus targets").contains(name + ":" + port);
    }

    @Test
    void givesPrometheusEveryRuleFileItsConfigurationLoads() {
        List<String> volumes = list(map(SERVICES.get("prometheus")).get("volumes")).stream()
                .map(String::valueOf)
                .toList();
        List<Object> ruleFiles =
                list(ComposeFiles.yaml("ops/prometheus/prometheus.yml").get("rule_files"));

        assertThat(ruleFiles).isNotEmpty();
        assertThat(volumes).contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        for (Object file : ruleFiles) {
            assertThat(volumes).contains("./ops/prometheus/" + file + ":/etc/prometheus/" + file + ":ro");
        }
    }

    @Test
    void runsThreeBrokersAndPipelineTopicsWithReplicationThreeAndMinInsyncTwo() {
        List<String> brokers = SERVICES.keySet().stream()
                .filter(name -> name.matches("kafka-\\d+"))
                .toList();

        assertThat(brokers).containsExactlyInAnyOrder("kafka-1", "kafka-2", "kafka-3");
        for (String service : List.of("ingest-service", "enrich-service", "index-service", "dashboard")) {
            Map<String, Object> environment = map(map(SERVICES.get(service)).get("environment"));
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
            assertThat(environment.get("NEWSFLOW_KAFKA_TOPICS_REPLICATION_FACTOR"))
                    .isEqualTo(3);
            assertThat(environment.get("NEWSFLOW_KAFKA_TOPICS_MIN_INSYNC_REPLICAS"))
                    .isEqualTo(2);
        }
    }

    @Test
    void scalesEnrichOutToTwoReplicasAndRunsTheOperatorsTools() {
        assertThat(map(map(SERVICES.get("enrich-service")).get("deploy")).get("replicas"))
                .isEqualTo(2);
        assertThat(SERVICES).containsKeys("opensearch", "prometheus", "grafana", "kafka-ui");
        assertThat(map(map(SERVICES.get("kafka-ui")).get("environment")).get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
    }

    @Test
    void securesEveryBrokerWithTheSettingsOfTheBrokerTheSecurityTestsRunAgainst() {
        for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
            Map<String, Object> service = map(SERVICES.get(broker));

            assertThat(kafkaSettings(map(service.get("environment"))))
                    .as(broker)
                    .containsAllEntriesOf(SecuredKafka.securitySettings());
            assertThat(list(service.get("command"))).containsExactly("bash", "/opt/newsflow/broker-start.sh");
            assertThat(list(service.get("volumes")))
                    .contains("./ops/kafka/broker-start.sh:/opt/newsflow/broker-start.sh:ro");
        }
    }

    @Test
    void logsTheBrokersInAsTheSuperUsersAndGivesTheAdminItsScramCredentialWhenFormatting() {
        String script = ComposeFiles.text("ops/kafka/broker-start.sh");

        assertThat(script)
                .containsPattern("broker\\.KafkaServer \\{\\s+org\\.apache\\.kafka\\.common\\.security\\.scram\\."
                        + "ScramLoginModule required\\s+username=\"" + SecuredKafka.ADMIN + "\"")
                .containsPattern("controller\\.KafkaServer \\{\\s+org\\.apache\\.kafka\\.common\\.security\\.plain\\."
                        + "PlainLoginModule required\\s+username=\"" + SecuredKafka.CONTROLLER + "\"")
                .contains("--add-scram \"SCRAM-SHA-512=[name=" + SecuredKafka.ADMIN + ",");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ingest-service, INGEST", "enrich-service, ENRICH", "index-service, INDEX", "dashboard, DASHBOARD"})
    void connectsEveryServiceUnderTheSaslProfileAsItsOwnUserOnceKafkaSetupIsDone(String name, ServiceAccount account) {
        Map<String, Object> service = map(SERVICES.get(name));
        Map<String, Object> environment = map(service.get("environment"));

        assertThat(environment)
                .containsEntry("SPRING_PROFILES_ACTIVE", PipelineKafkaProperties.SASL_PROFILE)
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("NEWSFLOW_KAFKA_USERNAME", account.user());
        assertThat(String.valueOf(environment.get("NEWSFLOW_KAFKA_PASSWORD")))
                .matches(passwordVariable(account.name()));
        assertThat(map(map(service.get("depends_on")).get("kafka-setup")))
                .containsEntry("condition", "service_completed_successfully");
    }

    @Test
    void setsUpEveryAccountAsTheAdminWithThePasswordItsClientLogsInWith() {
        Map<String, Object> setup = map(SERVICES.get("kafka-setup"));
        Map<String, Object> environment = map(setup.get("environment"));

        assertThat(list(setup.get("command"))).containsExactly("kafka-setup");
        assertThat(environment).containsEntry("NEWSFLOW_KAFKA_USERNAME", SecuredKafka.ADMIN);
        assertThat(String.valueOf(environment.get("NEWSFLOW_KAFKA_PASSWORD"))).matches(passwordVariable("ADMIN"));
        for (ServiceAccount account : ServiceAccount.values()) {
            assertThat(String.valueOf(environment.get("NEWSFLOW_SETUP_PASSWORDS_" + account.name())))
                    .as("password kafka-setup gives " + account.user())
                    .matches(passwordVariable(account.name()));
        }
    }

    @Test
    void letsKafkaUiOnlyLookAsTheViewer() {
        Map<String, Object> environment = map(map(SERVICES.get("kafka-ui")).get("environment"));

        assertThat(environment)
                .containsEntry("KAFKA_CLUSTERS_0_READONLY", "true")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(String.valueOf(environment.get("KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG")))
                .contains("username=\"" + ServiceAccount.VIEWER.user() + "\"")
                .containsPattern("password=\"\\$\\{NEWSFLOW_KAFKA_VIEWER_PASSWORD:\\?");
    }

    @Test
    void writesDownNoPasswordOnlyTheEnvironmentVariableThatHoldsIt() {
        String compose = ComposeFiles.text("docker-compose.yml");

        assertThat(Pattern.compile("(?i)password(\\s*+:(?!\\?)\\s*+|=\")(?!\\$\\{)")
                        .matcher(compose)
                        .results()
                        .map(match -> compose.substring(match.start(), Math.min(compose.length(), match.end() + 20))))
                .isEmpty();
    }

    /** A compose interpolation of the password variable of a Kafka user, which compose refuses to run without. */
    private static String passwordVariable(String user) {
        return Pattern.quote("${NEWSFLOW_KAFKA_" + user + "_PASSWORD:?") + "[^}]+\\}";
    }

    /** A broker's KAFKA_* variables as the Kafka settings the apache/kafka image makes of them. */
    private static Map<String, String> kafkaSettings(Map<String, Object> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("KAFKA_")) {
                String key = name.substring("KAFKA_".length())
                        .replace("___", "-")
                        .replace("__", "%")
                        .replace('_', '.')
                        .replace('%', '_')
                        .toLowerCase(Locale.ROOT);
                settings.put(key, String.valueOf(value));
            }
        });
        return settings;
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
                        list(job.get("static_configs")).stream()
                                .flatMap(config -> list(map(config).get("targets")).stream()
                                        .map(String::valueOf)),
                        list(job.get("dns_sd_configs")).stream()
                                .flatMap(config -> list(map(config).get("names")).stream()
                                        .map(name -> name + ":" + map(config).get("port")))))
                .collect(Collectors.toList());
    }
}
