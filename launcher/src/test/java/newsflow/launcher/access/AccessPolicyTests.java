package newsflow.launcher.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/** The policy spelled out topic by topic, so that any change to who may do what shows in this file's history. */
class AccessPolicyTests {

    @Test
    void letsIngestReadRawArticlesAndItsVersionsAndWriteItsResultsItsVersionsAndItsDeadLetters() {
        Access ingest = AccessPolicy.of(ServiceAccount.INGEST);

        assertThat(ingest.reads()).containsExactlyInAnyOrder("articles.raw", "articles.versions");
        assertThat(ingest.writes())
                .containsExactlyInAnyOrder(
                        "articles.raw",
                        "articles.ingested",
                        "articles.rejected",
                        "articles.versions",
                        "articles.raw.dlt");
        assertThat(ingest.groups()).containsExactly("newsflow-ingest");
        assertThat(ingest.watchedGroups()).isEmpty();
    }

    @Test
    void letsEnrichAndIndexReadOnlyTheirInputAndWriteOnlyTheirOutputAndDeadLetters() {
        Access enrich = AccessPolicy.of(ServiceAccount.ENRICH);
        Access index = AccessPolicy.of(ServiceAccount.INDEX);

        assertThat(enrich.reads()).containsExactly("articles.ingested", "articles.retag");
        assertThat(enrich.writes())
                .containsExactlyInAnyOrder(
                        "articles.enriched", "articles.retag.outcomes", "articles.ingested.dlt", "articles.retag.dlt");
        assertThat(enrich.groups()).containsExactly("newsflow-enrich", "newsflow-enrich-retag");
        assertThat(index.reads()).containsExactly("articles.enriched");
        assertThat(index.writes()).containsExactly("articles.enriched.dlt");
        assertThat(index.groups()).containsExactly("newsflow-index");
    }

    @Test
    void letsTheDashboardFollowThePipelineSeeTheStagesLagAndRedriveIntoTheConsumedTopicsOnly() {
        Access dashboard = AccessPolicy.of(ServiceAccount.DASHBOARD);

        assertThat(dashboard.reads())
                .containsExactlyInAnyOrder(
                        "articles.raw",
                        "articles.rejected",
                        "articles.ingested",
                        "articles.enriched",
                        "articles.retag",
                        "articles.retag.outcomes",
                        "articles.raw.dlt",
                        "articles.ingested.dlt",
                        "articles.enriched.dlt",
                        "articles.retag.dlt");
        assertThat(dashboard.writes())
                .containsExactlyInAnyOrder("articles.raw", "articles.ingested", "articles.enriched", "articles.retag");
        assertThat(dashboard.groups()).isEmpty();
        assertThat(dashboard.watchedGroups())
                .containsExactlyInAnyOrder(
                        "newsflow-ingest", "newsflow-enrich", "newsflow-enrich-retag", "newsflow-index");
    }

    @Test
    void letsTheViewerReadEverythingAndWriteNothing() {
        Access viewer = AccessPolicy.of(ServiceAccount.VIEWER);

        assertThat(viewer.reads()).containsExactlyInAnyOrderElementsOf(AccessPolicy.allTopics());
        assertThat(viewer.writes()).isEmpty();
        assertThat(viewer.groups()).isEmpty();
    }

    @Test
    void allowsOnlyLiteralTopicsAndGroupsNeverTheClusterAWildcardOrADenial() {
        List<AclBinding> bindings = AccessPolicy.bindings();

        assertThat(bindings).isNotEmpty().doesNotHaveDuplicates().allSatisfy(binding -> {
            assertThat(binding.pattern().resourceType()).isIn(ResourceType.TOPIC, ResourceType.GROUP);
            assertThat(binding.pattern().patternType()).isEqualTo(PatternType.LITERAL);
            assertThat(binding.pattern().name()).isNotEqualTo("*");
            assertThat(binding.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(binding.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE);
        });
    }

    @Test
    void bindsEachAccountsGrantsToItsOwnPrincipal() {
        AclBinding first = AccessPolicy.of(ServiceAccount.ENRICH).bindings().get(0);

        assertThat(first.entry().principal()).isEqualTo("User:newsflow-enrich");
        assertThat(first.entry().host()).isEqualTo("*");
        assertThat(first.pattern().name()).isEqualTo("articles.ingested");
        assertThat(first.entry().operation()).isEqualTo(AclOperation.READ);
    }

    @Test
    void takesPasswordsByTheAccountsShortNamesAndRefusesAnUnknownOneWithoutShowingItsPassword() {
        var known = new KafkaSetupProperties(Map.of("ingest", "p1", "viewer", "p2"), java.time.Duration.ofSeconds(1));
        var unknown = new KafkaSetupProperties(Map.of("ingets", "secret-p3"), java.time.Duration.ofSeconds(1));

        assertThat(known.passwordsByAccount()).containsOnlyKeys(ServiceAccount.INGEST, ServiceAccount.VIEWER);
        assertThatThrownBy(unknown::passwordsByAccount)
                .hasMessageContaining("ingets")
                .hasMessageNotContaining("secret-p3");
    }
}
