package newsflow.ingest.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import newsflow.contract.Action;
import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;
import tools.jackson.databind.JsonNode;

/** Checks the fields of a raw article's JSON one by one against the contract (raw-article.schema.json). */
final class RawArticleFields {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int MAX_ID_LENGTH = 512;
    private static final int MAX_URL_LENGTH = 4096;
    private static final int MAX_TITLE_LENGTH = 2048;

    private final long maxBodyBytes;

    RawArticleFields(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    RawArticle toRawArticle(JsonNode json) {
        String source = optionalText(json, "source", null, null);
        String id = optionalText(json, "id", null, null);
        var refusals = new Refusals(source, id);
        source = refusals.required("source", source);
        if (!SOURCE.matcher(source).matches()) {
            throw refusals.invalid("source", "source must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        id = refusals.required("id", id);
        if (id.length() > MAX_ID_LENGTH) {
            throw refusals.invalid("id", "id is longer than " + MAX_ID_LENGTH + " characters");
        }
        Action action = action(json, refusals);
        String body = optionalText(json, "body", source, id);
        if (action != Action.RETRACT) {
            body = refusals.required("body", body);
        }
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw refusals.refuse(Refusal.ofField(ReasonCode.BODY_TOO_LARGE, "body",
                    "body is larger than the limit of " + maxBodyBytes + " bytes"));
        }
        return new RawArticle(source, id, url(json, refusals), title(json, refusals), body, contentType(json, refusals),
                publishedAt(json, refusals), language(json, refusals), revision(json, refusals), action);
    }

    private static Action action(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "action", refusals.source, refusals.id);
        if (value == null) {
            return Action.PUBLISH;
        }
        try {
            return Action.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw refusals.invalid("action", "action must be PUBLISH, UPDATE or RETRACT");
        }
    }

    private static String url(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "url", refusals.source, refusals.id);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_URL_LENGTH) {
            throw refusals.invalid("url", "url is longer than " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw refusals.invalid("url", "url must be an absolute http or https URL");
            }
            return uri.toString();
        }
        catch (URISyntaxException ex) {
            throw refusals.invalid("url", "url is not a valid URL: " + ex.getReason());
        }
    }

    private static String title(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "title", refusals.source, refusals.id);
        if (value != null && value.length() > MAX_TITLE_LENGTH) {
            throw refusals.invalid("title", "title is longer than " + MAX_TITLE_LENGTH + " characters");
        }
        return value;
    }

    private static ContentType contentType(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "contentType", refusals.source, refusals.id);
        if (value == null) {
            return ContentType.TEXT_PLAIN;
        }
        return ContentType.fromMediaType(value).orElseThrow(() -> refusals.refuse(Refusal.ofField(
                ReasonCode.UNSUPPORTED_CONTENT_TYPE, "contentType",
                "contentType must be text/plain or text/html, not " + abbreviate(value))));
    }

    private static Instant publishedAt(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "publishedAt", refusals.source, refusals.id);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw refusals.invalid("publishedAt",
                    "publishedAt must be an ISO-8601 date-time with an offset, such as 2026-11-27T09:30:00Z");
        }
    }

    private static String language(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "language", refusals.source, refusals.id);
        if (value == null) {
            return null;
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
            throw refusals.invalid("language", "language must be a two-letter ISO 639-1 code");
        }
        return code;
    }

    private static Long revision(JsonNode json, Refusals refusals) {
        JsonNode value = json.get("revision");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw refusals.invalid("revision", "revision must be a whole number of zero or more");
        }
        return value.longValue();
    }

    /** The field's text, or null when it is absent or JSON null; refuses a field that is not a string. */
    private static String optionalText(JsonNode json, String field, String source, String id) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new Refused(Refusal.ofField(ReasonCode.INVALID_FIELD, field, field + " must be a string"),
                    source, id);
        }
        return value.stringValue();
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    /** Refusals addressed to the publisher and article the record names, as far as it names them. */
    private record Refusals(String source, String id) {

        String required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw refuse(Refusal.ofField(ReasonCode.MISSING_FIELD, field, field + " is required"));
            }
            return value;
        }

        Refused invalid(String field, String message) {
            return refuse(Refusal.ofField(ReasonCode.INVALID_FIELD, field, message));
        }

        Refused refuse(Refusal refusal) {
            return new Refused(refusal, source, id);
        }
    }
}
