package newsflow.support.kafka;

import newsflow.support.text.StrictUtf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a record key as UTF-8 text and refuses bytes that are not UTF-8, instead of silently replacing them as
 * Kafka's own string deserializer does: a record whose key cannot be read cannot be answered "keyed like the
 * input", so it is dead-lettered with its bytes intact.
 */
public class Utf8KeyDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        return StrictUtf8.decode(data)
                .orElseThrow(
                        () -> new SerializationException("the key of a record on " + topic + " is not valid UTF-8"));
    }
}
