package newsflow.launcher.monitoring;

import static newsflow.launcher.monitoring.OpsFiles.list;
import static newsflow.launcher.monitoring.OpsFiles.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import newsflow.contract.EventJson;
import newsflow.contract.RawArticle;
import newsflow.contract.Topics;
import newsflow.launcher.PipelineAccess;
import newsflow.launcher.monitoring.OpsFiles.AlertRule;
import newsflow.launcher.monitoring.OpsFiles.PanelQuery;
import newsflow.testsupport.KafkaIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Grafana dashboard's queries and the alert rules, run on a real Prometheus (Debian's package) that scrapes the
 * local run with the compose file's scrape configuration (its ports those of the local run, a 1 s scrape interval)
 * and loads ops/prometheus/alerts.yml, after articles went through: one over HTTP, others over Kafka, an exact
 * re-send, an older version, a refused article and a dead letter. Every query parses, every panel returns data (a
 * finite number, which Grafana draws), every alert rule is loaded and healthy, reads metrics the services publish,
 * and the dead letter fires NewsflowDeadLetters. Skipped, saying so, where Prometheus is not installed.
 */
@Tag("slow")
class PrometheusQueriesTests extends KafkaIntegrationTest {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern METRIC = Pattern.compile("\\b(newsflow_[a-z_]+|up)\\b");

    @TempDir
    static Path workDir;

    private static PipelineAccess pipeline;
    private static PrometheusServer prometheus;

    @BeforeAll
    static void startThePipelineAndPrometheusAndPushArticles() throws Exception {
        Assumptions.assumeTrue(
                LocalTools.find("prometheus").isPresent(), "Skipped: prometheus" + LocalTools.NOT_INSTALLED);
        pipeline = PipelineAccess.start(
                bootstrapServers(), workDir.resolve("index"), "--newsflow.dashboard.sample-interval=1s");
        prometheus = PrometheusServer.start(
                Files.createDirectories(workDir.resolve("prometheus")), composeConfigurationForTheLocalRun());
        awaitEveryTargetUp();

        // First, two articles: the meters they create (latency, processing times) are scraped before the rest
        // arrives, so that rates over them have something to compare.
        post(article("metered-http", 1L, "Dmytro Kuleba met Jeppe Kofod in Kyiv."));
        send(article("metered-kafka", 1L, "Sergei Lavrov spoke in Geneva."));
        await("the first two articles' latency in Prometheus")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> hasFiniteValue(prometheus.query("sum(newsflow_pipeline_latency_seconds_count) >= 2")));

        post(article("metered-second", 1L, "Denmark and Ukraine signed an agreement in Copenhagen."));
        send(article("metered-kafka", 1L, "Sergei Lavrov spoke in Geneva."));
        send(article("versioned", 2L, "The European Union met in Brussels."));
        send(article("versioned", 1L, "The European Union met in Brussels."));
        topics.send(Topics.RAW, "demo:refused", "{\"source\":\"demo\",\"id\":\"refused\"}");
        topics.send(Topics.INGESTED, "poison-for-prometheus", "not json{");
    }

    @AfterAll
    static void stop() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void scrapesEveryServiceOfTheComposeConfigurationOnTheLocalRun() throws Exception {
        awaitEveryTargetUp();

        assertThat(values(prometheus.query("up"), "job"))
                .containsOnly(
                        Map.entry("ingest-service", 1.0),
                        Map.entry("enrich-service", 1.0),
                        Map.entry("index-service", 1.0),
                        Map.entry("dashboard", 1.0));
    }

    /** Waits until Prometheus has scraped every job's target, failing with each target's last error. */
    private static void awaitEveryTargetUp() {
        await("every target scraped")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, String> targets = new TreeMap<>();
                    for (JsonNode target :
                            prometheus.api("/api/v1/targets").path("data").path("activeTargets")) {
                        targets.put(
                                target.path("labels").path("job").asString(),
                                target.path("health").asString() + " "
                                        + target.path("lastError").asString());
                    }
                    assertThat(targets)
                            .containsOnlyKeys("ingest-service", "enrich-service", "index-service", "dashboard")
                            .allSatisfy(
                                    (job, health) -> assertThat(health).as(job).isEqualTo("up "));
                });
    }

    @Test
    void everyPanelOfTheGrafanaDashboardParsesAndReturnsData() throws Exception {
        List<PanelQuery> queries = OpsFiles.dashboardQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
        for (PanelQuery query : queries) {
            JsonNode answer = prometheus.query(grafanaVariablesReplaced(query.expr()));
            assertThat(answer.path("status").asString())
                    .as("%s: %s", query, answer)
                    .isEqualTo("success");
        }

        Set<PanelQuery> answered = ConcurrentHashMap.newKeySet();
        Map<String, String> waiting = new ConcurrentHashMap<>();
        await("data in every panel")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (PanelQuery query : queries) {
                        if (!answered.contains(query)) {
                            JsonNode answer = prometheus.query(grafanaVariablesReplaced(query.expr()));
                            if (hasFiniteValue(answer)) {
                                answered.add(query);
                                waiting.remove(query.toString());
                            } else {
                                waiting.put(
                                        query.toString(),
                                        answer.path("data").path("result").toString());
                            }
                        }
                    }
                    assertThat(waiting).as("panels without data yet").isEmpty();
                });
    }

    @Test
    void everyAlertRuleParsesReadsPublishedMetricsAndIsLoadedHealthy() throws Exception {
        List<AlertRule> rules = OpsFiles.alertRules();
        for (AlertRule rule : rules) {
            JsonNode answer = prometheus.query(rule.expr());
            assertThat(answer.path("status").asString())
                    .as("%s: %s", rule.name(), answer)
                    .isEqualTo("success");
        }
        await("every metric the alert rules read, scraped")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (AlertRule rule : rules) {
                        for (String metric : METRIC.matcher(rule.expr())
                                .results()
                                .map(m -> m.group(1))
                                .toList()) {
                            assertThat(hasFiniteValue(prometheus.query("count(" + metric + ")")))
                                    .as("%s reads %s", rule.name(), metric)
                                    .isTrue();
                        }
                    }
                });

        await("every rule evaluated")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, String> health = new TreeMap<>();
                    for (JsonNode group :
                            prometheus.api("/api/v1/rules").path("data").path("groups")) {
                        for (JsonNode rule : group.path("rules")) {
                            health.put(
                                    rule.path("name").asString(),
                                    rule.path("health").asString() + " "
                                            + rule.path("lastError").asString(""));
                        }
                    }
                    assertThat(health)
                            .hasSize(rules.size())
                            .allSatisfy(
                                    (name, state) -> assertThat(state).as(name).isEqualTo("ok "));
                });
    }

    @Test
    void firesTheDeadLetterAlertForTheRecordEnrichDeadLettered() {
        await("NewsflowDeadLetters firing")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> StreamSupport.stream(
                                prometheus
                                        .api("/api/v1/alerts")
                                        .path("data")
                                        .path("alerts")
                                        .spliterator(),
                                false)
                        .anyMatch(alert -> alert.path("labels")
                                        .path("alertname")
                                        .asString()
                                        .equals("NewsflowDeadLetters")
                                && alert.path("labels")
                                        .path("application")
                                        .asString()
                                        .equals("enrich-service")
                                && alert.path("labels").path("topic").asString().equals(Topics.INGESTED)
                                && alert.path("state").asString().equals("firing")));
    }

    @Test
    void publishesTheStoreUpAndEveryServiceReady() {
        await("store health and readiness")
                .atMost(WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    assertThat(values(prometheus.query("newsflow_health{component=\"articleStore\"}"), "application"))
                            .containsExactly(Map.entry("index-service", 1.0));
                    assertThat(values(prometheus.query("newsflow_ready"), "application"))
                            .containsOnly(
                                    Map.entry("ingest-service", 1.0),
                                    Map.entry("enrich-service", 1.0),
                                    Map.entry("index-service", 1.0),
                                    Map.entry("dashboard", 1.0))
                            .hasSize(4);
                });
    }

    /**
     * ops/prometheus/prometheus.yml as compose runs it, but scraping the local run: each job's targets are the
     * local run's port of that service, every second; its rule files are read from ops/prometheus.
     */
    private static Map<String, Object> composeConfigurationForTheLocalRun() {
        Map<String, Object> compose = OpsFiles.yaml(OpsFiles.PROMETHEUS_CONFIG);
        Map<String, Integer> ports = Map.of(
                "ingest-service",
                pipeline.ingestPort(),
                "enrich-service",
                pipeline.enrichPort(),
                "index-service",
                pipeline.indexPort(),
                "dashboard",
                pipeline.dashboardPort());
        List<Object> jobs = new ArrayList<>();
        for (Object job : list(compose.get("scrape_configs"))) {
            Map<String, Object> local = new LinkedHashMap<>(map(job));
            String name = (String) local.get("job_name");
            assertThat(ports).as("the local run's port for job " + name).containsKey(name);
            local.remove("dns_sd_configs");
            local.put("static_configs", List.of(Map.of("targets", List.of("127.0.0.1:" + ports.get(name)))));
            jobs.add(local);
        }
        assertThat(jobs).hasSize(ports.size());
        Map<String, Object> global = new LinkedHashMap<>(map(compose.get("global")));
        global.put("scrape_interval", "1s");
        global.put("evaluation_interval", "1s");
        List<String> ruleFiles = list(compose.get("rule_files")).stream()
                .map(file -> OpsFiles.PROMETHEUS
                        .resolve((String) file)
                        .toAbsolutePath()
                        .normalize()
                        .toString())
                .toList();
        assertThat(ruleFiles).isNotEmpty();
        return Map.of("global", global, "rule_files", ruleFiles, "scrape_configs", jobs);
    }

    /** Grafana's own interval variables, as Grafana would fill them in on a dashboard of the last hour. */
    private static String grafanaVariablesReplaced(String expr) {
        return expr.replace("$__rate_interval", "1m")
                .replace("$__interval", "15s")
                .replace("$__range", "1h");
    }

    /** Whether a query's answer has a number Grafana can draw: not NaN nor infinite. */
    private static boolean hasFiniteValue(JsonNode answer) {
        for (JsonNode series : answer.path("data").path("result")) {
            if (Double.isFinite(Double.parseDouble(series.path("value").path(1).asString()))) {
                return true;
            }
        }
        return false;
    }

    /** The value of each series of a query's answer, by one of its labels. */
    private static Map<String, Double> values(JsonNode answer, String label) {
        Map<String, Double> values = new TreeMap<>();
        for (JsonNode series : answer.path("data").path("result")) {
            values.put(
                    series.path("metric").path(label).asString(),
                    Double.parseDouble(series.path("value").path(1).asString()));
        }
        return values;
    }

    private static RawArticle article(String id, long revision, String body) {
        return new RawArticle("demo", id, null, "Article " + id, body, null, null, "en", revision, null);
    }

    private static void post(RawArticle article) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + pipeline.ingestPort() + "/api/articles"))
                .header("Authorization", "Bearer demo-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(article)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static void send(RawArticle article) {
        topics.send(
                Topics.RAW,
                article.source() + ":" + article.id(),
                EventJson.mapper().writeValueAsString(article));
    }
}
