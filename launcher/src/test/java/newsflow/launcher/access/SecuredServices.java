package newsflow.launcher.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.launcher.PipelineAccess;
import newsflow.support.kafka.PipelineKafkaProperties;

/**
 * The three services and the dashboard in this JVM, as the local run starts them, but under the {@code kafka-sasl}
 * profile, each logged in to the secured broker as its own {@link ServiceAccount}, on free ports.
 */
final class SecuredServices {

    private SecuredServices() {}

    static PipelineAccess start(String bootstrapServers, Map<ServiceAccount, String> passwords, Path indexDir) {
        return PipelineAccess.start(bootstrapServers, indexDir, service -> {
            ServiceAccount account = ServiceAccount.valueOf(service.toUpperCase(Locale.ROOT));
            List<String> args = new ArrayList<>(List.of(
                    "--spring.profiles.active=" + PipelineKafkaProperties.SASL_PROFILE,
                    "--spring.kafka.security.protocol=SASL_PLAINTEXT",
                    "--newsflow.kafka.username=" + account.user(),
                    "--newsflow.kafka.password=" + passwords.get(account)));
            if (account == ServiceAccount.DASHBOARD) {
                args.add("--newsflow.dashboard.sample-interval=500ms");
            }
            return args;
        });
    }
}
