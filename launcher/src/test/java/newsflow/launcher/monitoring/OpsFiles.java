package newsflow.launcher.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.contract.EventJson;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** The operators' files in ops/: Prometheus' configuration and alert rules, and the Grafana dashboard's queries. */
final class OpsFiles {

    static final Path ROOT = Path.of("..");
    static final Path PROMETHEUS = ROOT.resolve("ops/prometheus");
    static final Path PROMETHEUS_CONFIG = PROMETHEUS.resolve("prometheus.yml");
    static final Path ALERTS = PROMETHEUS.resolve("alerts.yml");
    static final Path ALERT_TESTS = PROMETHEUS.resolve("alerts.test.yml");
    static final Path DASHBOARD = ROOT.resolve("ops/grafana/dashboards/newsflow-pipeline.json");

    /** A query of a Grafana panel: the panel's title, the series' legend and the PromQL. */
    record PanelQuery(String panel, String legend, String expr) {

        @Override
        public String toString() {
            return "panel '" + panel + "' (" + legend + "): " + expr;
        }
    }

    /** An alert rule: its name, expression, labels and annotations. */
    record AlertRule(String name, String expr, Map<String, Object> labels, Map<String, Object> annotations) {}

    private OpsFiles() {}

    /** Every query of every panel of the dashboard, rows' panels included. */
    static List<PanelQuery> dashboardQueries() {
        try {
            List<PanelQuery> queries = new ArrayList<>();
            collect(EventJson.mapper().readTree(Files.readString(DASHBOARD)).get("panels"), queries);
            return queries;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void collect(JsonNode panels, List<PanelQuery> queries) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    queries.add(new PanelQuery(
                            panel.path("title").asString(),
                            target.path("legendFormat").asString(),
                            target.get("expr").asString()));
                }
            }
            collect(panel.path("panels"), queries);
        }
    }

    /** Every alert rule of alerts.yml, in order. */
    static List<AlertRule> alertRules() {
        List<AlertRule> rules = new ArrayList<>();
        for (Object group : list(yaml(ALERTS).get("groups"))) {
            for (Object rule : list(map(group).get("rules"))) {
                Map<String, Object> fields = map(rule);
                if (fields.containsKey("alert")) {
                    rules.add(new AlertRule(
                            (String) fields.get("alert"),
                            (String) fields.get("expr"),
                            map(fields.get("labels")),
                            map(fields.get("annotations"))));
                }
            }
        }
        return rules;
    }

    static Map<String, Object> yaml(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            return new Yaml().load(reader);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
