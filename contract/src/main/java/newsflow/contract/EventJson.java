package newsflow.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of newsflow's events: ISO-8601 instants, absent optional fields left out, unknown fields
 * ignored so that adding a field to an event does not break older readers.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = builder().build();

    private EventJson() {}

    /** A builder with newsflow's settings, to add to or build from. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** A shared mapper with newsflow's settings; it is immutable and thread-safe. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
