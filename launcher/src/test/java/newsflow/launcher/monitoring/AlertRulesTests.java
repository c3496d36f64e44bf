package newsflow.launcher.monitoring;

import static newsflow.launcher.monitoring.OpsFiles.list;
import static newsflow.launcher.monitoring.OpsFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsflow.launcher.monitoring.OpsFiles.AlertRule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The alert rules (ops/prometheus/alerts.yml): Prometheus' own promtool checks them and the compose configuration
 * that loads them, and runs their unit tests (alerts.test.yml) on synthetic series; every alert has a severity, a
 * summary and a runbook in the README, and is unit-tested both firing and not firing. The promtool tests skip,
 * saying so, where Debian's {@code prometheus} package is not installed; {@code .ci/run} installs it.
 */
class AlertRulesTests {

    private static final Duration PROMTOOL_LIMIT = Duration.ofSeconds(60);

    @Test
    void promtoolFindsTheComposeConfigurationAndTheRulesItLoadsValid() {
        LocalTools.Run run = promtool("check", "config", "prometheus.yml");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.output())
                .contains(
                        "SUCCESS: 1 rule files found",
                        "SUCCESS: " + OpsFiles.alertRules().size() + " rules found");
    }

    @Test
    void promtoolFindsTheAlertRulesValid() {
        LocalTools.Run run = promtool("check", "rules", "alerts.yml");

        assertThat(run.exitCode()).as("%s", run).isZero();
    }

    @Test
    void everyAlertPassesItsUnitTestsOnSyntheticSeries() {
        LocalTools.Run run = promtool("test", "rules", "alerts.test.yml");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertIsUnitTestedFiringAndNotFiring() {
        Set<String> alerts = OpsFiles.alertRules().stream().map(AlertRule::name).collect(Collectors.toSet());
        Set<String> firing = new TreeSet<>();
        Set<String> notFiring = new TreeSet<>();
        for (Object test : list(OpsFiles.yaml(OpsFiles.ALERT_TESTS).get("tests"))) {
            for (Object check : list(map(test).get("alert_rule_test"))) {
                String alert = (String) map(check).get("alertname");
                (list(map(check).get("exp_alerts")).isEmpty() ? notFiring : firing).add(alert);
            }
        }

        assertThat(firing).as("alerts tested firing").containsExactlyInAnyOrderElementsOf(alerts);
        assertThat(notFiring).as("alerts tested not firing").containsExactlyInAnyOrderElementsOf(alerts);
    }

    @Test
    void everyAlertHasASeveritySummaryAndARunbookInTheReadme() throws IOException {
        String readme = Files.readString(OpsFiles.ROOT.resolve("README.md"));
        List<AlertRule> rules = OpsFiles.alertRules();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        for (AlertRule rule : rules) {
            Map<String, Object> annotations = rule.annotations();
            assertThat(rule.labels().get("severity")).as(rule.name()).isIn("critical", "warning");
            assertThat((String) annotations.get("summary")).as(rule.name()).isNotBlank();
            assertThat(annotations.get("runbook_url"))
                    .as(rule.name())
                    .isEqualTo("README.md#" + rule.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(readme)
                    .as("the README's runbook of " + rule.name())
                    .containsPattern("(?m)^#### " + rule.name() + "$");
        }
    }

    private static LocalTools.Run promtool(String... arguments) {
        Path promtool = LocalTools.find("promtool").orElse(null);
        Assumptions.assumeTrue(promtool != null, "Skipped: promtool" + LocalTools.NOT_INSTALLED);
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        return LocalTools.run(OpsFiles.PROMETHEUS, PROMTOOL_LIMIT, command);
    }
}
