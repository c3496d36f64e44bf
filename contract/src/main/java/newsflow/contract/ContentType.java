package newsflow.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The media types a raw article's body may have. */
public enum ContentType {
    TEXT_PLAIN("text/plain"),
    TEXT_HTML("text/html");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    @JsonValue
    public String mediaType() {
        return mediaType;
    }

    /** The content type named by a media type, ignoring case and parameters such as {@code ;charset=utf-8}. */
    public static Optional<ContentType> fromMediaType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String bare = value.split(";", 2)[0].trim();
        for (ContentType type : values()) {
            if (type.mediaType.equalsIgnoreCase(bare)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static ContentType fromJson(String value) {
        return fromMediaType(value)
                .orElseThrow(() -> new IllegalArgumentException("unsupported content type: " + value));
    }
}
