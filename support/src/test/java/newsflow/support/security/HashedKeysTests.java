package newsflow.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashedKeysTests {

    private final HashedKeys keys = HashedKeys.of(List.of(
            new HashedKeys.Owner("demo", HexFormat.of().formatHex(HashedKeys.sha256("demo-key"))),
            new HashedKeys.Owner("other", HexFormat.of().formatHex(HashedKeys.sha256("other-key")))));

    @Test
    void findsTheOwnerOfAKnownBearerKey() {
        assertThat(keys.ownerOfBearer("Bearer demo-key")).contains("demo");
        assertThat(keys.ownerOfBearer("bearer other-key ")).contains("other");
    }

    @Test
    void findsNoOwnerForAnUnknownKeyAnotherSchemeOrNoHeader() {
        assertThat(keys.ownerOfBearer("Bearer demo-key2")).isEmpty();
        assertThat(keys.ownerOfBearer("Basic ZGVtbzpkZW1vLWtleQ==")).isEmpty();
        assertThat(keys.ownerOfBearer("Bearer")).isEmpty();
        assertThat(keys.ownerOfBearer(null)).isEmpty();
    }
}
