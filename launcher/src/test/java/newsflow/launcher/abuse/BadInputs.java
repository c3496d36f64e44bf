package newsflow.launcher.abuse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import newsflow.contract.ReasonCode;

/**
 * A corpus of bad raw articles, the same for a given seed: malformed and truncated JSON, invalid UTF-8, deeply
 * nested JSON, missing and invalid fields, unsupported content types, bodies over the limit, HTML bombs (deep
 * nesting, huge attribute values), zero-width and bidi control characters, scripts and event handlers.
 */
final class BadInputs {

    private static final String VALID = "{\"source\":\"demo\",\"id\":\"valid\",\"title\":\"A title\","
            + "\"body\":\"Some text of an article about Oslo.\",\"contentType\":\"text/plain\"}";

    private static final List<Function<Random, BadInput>> KINDS = List.of(
            BadInputs::truncated,
            random -> BadInput.json(
                    "not JSON",
                    utf8(List.of("hello", "<html><body>x</body></html>", "{'a':1}", "NaN", "{\"source\":")
                            .get(random.nextInt(5))),
                    ReasonCode.MALFORMED_JSON),
            random -> BadInput.json(
                    "not an object",
                    utf8(List.of("[1,2]", "\"text\"", "42", "null", "true").get(random.nextInt(5))),
                    ReasonCode.MALFORMED_JSON),
            BadInputs::invalidUtf8,
            BadInputs::deeplyNested,
            random -> BadInput.json(
                    "missing field",
                    utf8(List.of(
                                    "{\"id\":\"x\",\"body\":\"b\"}", "{\"source\":\"demo\",\"id\":\"x\"}",
                                    "{\"source\":\"demo\",\"body\":\"b\"}",
                                            "{\"source\":\"demo\",\"id\":\" \",\"body\":\"b\"}")
                            .get(random.nextInt(4))),
                    ReasonCode.MISSING_FIELD),
            random -> BadInput.json(
                    "invalid field",
                    utf8(List.of(
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"url\":\"javascript:alert(1)\"}",
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"publishedAt\":\"yesterday\"}",
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"language\":\"english\"}",
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"revision\":-4}",
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":[\"b\"]}",
                                    "{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\",\"action\":\"DELETE\"}")
                            .get(random.nextInt(6))),
                    ReasonCode.INVALID_FIELD),
            random -> BadInput.json(
                    "unsupported content type",
                    utf8("{\"source\":\"demo\",\"id\":\"x\",\"body\":\"b\","
                            + "\"contentType\":\""
                            + List.of("application/pdf", "image/png", "text/csv")
                                    .get(random.nextInt(3))
                            + "\"}"),
                    ReasonCode.UNSUPPORTED_CONTENT_TYPE),
            random -> BadInput.json(
                    "body over the limit",
                    article("text/plain", "Too long. ".repeat(7000 + random.nextInt(500))),
                    ReasonCode.BODY_TOO_LARGE),
            random -> BadInput.json(
                    "deep HTML nesting",
                    article("text/html", "<div>".repeat(5000 + random.nextInt(5000)) + "</div>".repeat(100)),
                    ReasonCode.EMPTY_AFTER_CLEANING),
            random -> BadInput.json(
                    "huge attribute",
                    article("text/html", "<p title=\"" + "x".repeat(30000 + random.nextInt(20000)) + "\"></p>"),
                    ReasonCode.EMPTY_AFTER_CLEANING),
            random -> BadInput.json(
                    "zero-width and bidi only",
                    article("text/plain", "\u200B\u202E\u2066\u2069\u200B".repeat(1 + random.nextInt(50))),
                    ReasonCode.EMPTY_AFTER_CLEANING),
            random -> BadInput.json(
                    "scripts and handlers only",
                    article(
                            "text/html",
                            "<script>window.pwned=1</script>"
                                    + "<img src=x onerror=\"window.pwned=1\"><style>p{}</style>"),
                    ReasonCode.EMPTY_AFTER_CLEANING),
            random -> new BadInput(
                    "wrong Content-Type",
                    utf8(VALID),
                    List.of("text/plain", "application/xml", "multipart/form-data; boundary=x")
                            .get(random.nextInt(3)),
                    ReasonCode.UNSUPPORTED_CONTENT_TYPE));

    private BadInputs() {}

    static List<BadInput> generate(int count, long seed) {
        var random = new Random(seed);
        List<BadInput> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            corpus.add(KINDS.get(i % KINDS.size()).apply(random));
        }
        return corpus;
    }

    private static BadInput truncated(Random random) {
        byte[] valid = utf8(VALID);
        int cut = 1 + random.nextInt(valid.length - 2);
        return BadInput.json("truncated JSON", java.util.Arrays.copyOf(valid, cut), ReasonCode.MALFORMED_JSON);
    }

    private static BadInput invalidUtf8(Random random) {
        byte[] valid = utf8(VALID);
        var out = new ByteArrayOutputStream();
        int at = 40 + random.nextInt(20);
        out.write(valid, 0, at);
        out.write(List.of(0xFF, 0xC3, 0xE2, 0x80).get(random.nextInt(4)));
        out.write(valid, at, valid.length - at);
        return BadInput.json("invalid UTF-8", out.toByteArray(), ReasonCode.INVALID_ENCODING);
    }

    private static BadInput deeplyNested(Random random) {
        int depth = 40 + random.nextInt(20000);
        return BadInput.json(
                "deeply nested JSON",
                utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                ReasonCode.MALFORMED_JSON);
    }

    private static byte[] article(String contentType, String body) {
        String json = "{\"source\":\"demo\",\"id\":\"bad\",\"title\":\"\",\"contentType\":\"" + contentType
                + "\",\"body\":" + newsflow.contract.EventJson.mapper().writeValueAsString(body) + "}";
        return utf8(json);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
