package newsflow.ingest.intake;

import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import newsflow.support.text.StrictUtf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a raw article from the bytes a publisher sent, refusing with a reason code anything that is not valid
 * UTF-8, not a JSON object, or breaks the raw article contract. Reading is bounded: the nesting depth and the
 * document size are capped, so a hostile document costs no more than its size.
 */
public final class RawArticleReader {

    private static final int MAX_NESTING_DEPTH = 32;

    private final JsonMapper mapper;
    private final RawArticleFields fields;

    public RawArticleReader(long maxBodyBytes) {
        this.fields = new RawArticleFields(maxBodyBytes);
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBodyBytes * 6 + 1024))
                                .build())
                        .build())
                .build();
    }

    /**
     * The raw article in these bytes.
     *
     * @throws Refused when the bytes are not a valid raw article
     */
    public RawArticle read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(Refusal.of(ReasonCode.MALFORMED_JSON, "the record is empty"), null, null);
        }
        String text = decodeUtf8(bytes);
        JsonNode json = parse(text);
        return fields.toRawArticle(json);
    }

    private static String decodeUtf8(byte[] bytes) {
        return StrictUtf8.decode(bytes)
                .orElseThrow(() -> new Refused(
                        Refusal.of(ReasonCode.INVALID_ENCODING, "the record is not valid UTF-8"), null, null));
    }

    private JsonNode parse(String text) {
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JacksonException ex) {
            throw new Refused(
                    Refusal.of(ReasonCode.MALFORMED_JSON, "not valid JSON: " + firstLine(ex.getOriginalMessage())),
                    null,
                    null);
        }
        if (json == null || !json.isObject()) {
            throw new Refused(Refusal.of(ReasonCode.MALFORMED_JSON, "the record must be a JSON object"), null, null);
        }
        return json;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
