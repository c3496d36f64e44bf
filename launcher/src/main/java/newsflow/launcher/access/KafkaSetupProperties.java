package newsflow.launcher.access;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What kafka-setup sets up besides the topics and ACLs ({@code newsflow.setup.*}).
 *
 * @param passwords the SCRAM password to give each account, by its {@link ServiceAccount#key() key}, for example
 *                  {@code NEWSFLOW_SETUP_PASSWORDS_INGEST}; an account given none keeps the credentials it has
 * @param timeout   how long each step may wait for the cluster
 */
@ConfigurationProperties("newsflow.setup")
public record KafkaSetupProperties(
        @DefaultValue Map<String, String> passwords,
        @DefaultValue("60s") Duration timeout) {

    /** The passwords by account; an unknown key is an error naming only the key. */
    Map<ServiceAccount, String> passwordsByAccount() {
        Map<ServiceAccount, String> byAccount = new EnumMap<>(ServiceAccount.class);
        passwords.forEach((key, password) -> {
            if (password.isEmpty()) {
                throw new IllegalArgumentException("The password of " + key + " is empty");
            }
            byAccount.put(ServiceAccount.ofKey(key), password);
        });
        return byAccount;
    }
}
