package newsflow.support.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes UTF-8 and refuses bytes that are not, where Java's own decoding would silently replace them: text that
 * cannot be read is refused with a reason rather than passed on with replacement characters.
 */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /** The text these bytes encode, or empty when they are not valid UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }
}
