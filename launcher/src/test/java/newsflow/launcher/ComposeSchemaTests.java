package newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.EventJson;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml} against the Compose Specification's own JSON Schema, which is what
 * {@code docker compose config -q} checks before it interpolates variables: there is no Docker engine on these
 * machines, and Debian's docker-compose 1.29 does not read the specification's format (a top-level {@code name}).
 */
class ComposeSchemaTests {

    private static final Schema COMPOSE_SPEC = schema();

    @Test
    void theComposeFileIsValidUnderTheComposeSpecification() {
        assertThat(errors(ComposeFiles.yaml("docker-compose.yml"))).isEmpty();
    }

    @Test
    void aComposeFileWithAMisspelledOrMistypedSettingIsNot() {
        Map<String, Object> broken = new LinkedHashMap<>(ComposeFiles.yaml("docker-compose.yml"));
        Map<String, Object> services = new LinkedHashMap<>(ComposeFiles.map(broken.get("services")));
        Map<String, Object> ingest = new LinkedHashMap<>(ComposeFiles.map(services.get("ingest-service")));
        ingest.put("restart_policy", "always");
        ingest.put("ports", "8081:8081");
        services.put("ingest-service", ingest);
        broken.put("services", services);

        assertThat(errors(broken))
                .extracting(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .containsExactlyInAnyOrder(
                        "/services/ingest-service/ports: string found, array expected",
                        "/services/ingest-service: property 'restart_policy' is not defined in the schema and the"
                                + " schema does not allow additional properties");
    }

    private static List<Error> errors(Map<String, Object> compose) {
        return COMPOSE_SPEC.validate(EventJson.mapper().valueToTree(compose));
    }

    private static Schema schema() {
        // Loaded by its location, against which the schema's relative $id ("compose_spec.json") resolves.
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:compose/compose-spec.json"));
    }
}
