package newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class Utf8KeyDeserializerTests {

    private final Utf8KeyDeserializer deserializer = new Utf8KeyDeserializer();

    @Test
    void readsUtf8Keys() {
        assertThat(deserializer.deserialize("t", "demo:Søren".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("demo:Søren");
        assertThat(deserializer.deserialize("t", null)).isNull();
    }

    @Test
    void refusesKeysThatAreNotUtf8InsteadOfReplacingTheirBytes() {
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articles.raw");
    }
}
