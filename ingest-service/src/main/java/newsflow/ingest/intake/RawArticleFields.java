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
import newsflow.contract.ArticleIngested;
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
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** The last time that fits an article's version ({@link ArticleIngested#MAX_VERSION}): 2109-05-15. */
    private static final Instant LATEST_VERSION_TIME = Instant.ofEpochMilli(ArticleIngested.MAX_VERSION);

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
        String url = url(json, refusals);
        if (url == null) {
            id = refusals.required("id", id, "id is required, or a url to know the article by");
        } else if (id != null && id.isBlank()) {
            throw refusals.refuse(Refusal.ofField(ReasonCode.MISSING_FIELD, "id", "id must not be blank"));
        }
        if (id != null && id.length() > MAX_ID_LENGTH) {
            throw refusals.invalid("id", "id is longer than " + MAX_ID_LENGTH + " characters");
        }
        Action action = action(json, refusals);
        String body = optionalText(json, "body", source, id);
        if (action != Action.RETRACT) {
            body = refusals.required("body", body);
        }
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw refusals.refuse(Refusal.ofField(
                    ReasonCode.BODY_TOO_LARGE, "body", "body is larger than the limit of " + maxBodyBytes + " bytes"));
        }
        return new RawArticle(
                source,
                id,
                url,
                title(json, refusals),
                body,
                contentType(json, refusals),
                instant(json, "publishedAt", refusals),
                language(json, refusals),
                revision(json, refusals),
                action,
                instant(json, "updatedAt", refusals));
    }

    private static Action action(JsonNode json, Refusals refusals) {
        String value = optionalText(json, "action", refusals.source, refusals.id);
        if (value == null) {
            return Action.PUBLISH;
        }
        try {
            return Action.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
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
        } catch (URISyntaxException ex) {
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
        return ContentType.fromMediaType(value)
                .orElseThrow(() -> refusals.refuse(Refusal.ofField(
                        ReasonCode.UNSUPPORTED_CONTENT_TYPE,
                        "contentType",
                        "contentType must be text/plain or text/html, not " + abbreviate(value))));
    }

    /** An ISO-8601 date-time with an offset, between the years 1 and 9999 so that it has a version in epoch ms. */
    private static Instant instant(JsonNode json, String field, Refusals refusals) {
        String value = optionalText(json, field, refusals.source, refusals.id);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException ex) {
            throw refusals.invalid(
                    field, field + " must be an ISO-8601 date-time with an offset, such as 2026-11-27T09:30:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw refusals.invalid(field, field + " must be between the years 1 and 9999");
        }
        if (instant.toEpochMilli() > ArticleIngested.MAX_VERSION) {
            // without a revision this time is the article's version, which has 42 bits
            throw refusals.invalid(field, field + " must be before " + LATEST_VERSION_TIME);
        }
        return instant;
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
        if (!value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.longValue() < 0
                || value.longValue() > ArticleIngested.MAX_VERSION) {
            throw refusals.invalid(
                    "revision", "revision must be a whole number from 0 to " + ArticleIngested.MAX_VERSION);
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
            throw new Refused(
                    Refusal.ofField(ReasonCode.INVALID_FIELD, field, field + " must be a string"), source, id);
        }
        return value.stringValue();
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    /** Refusals addressed to the publisher and article the record names, as far as it names them. */
    private record Refusals(String source, String id) {

        String required(String field, String value) {
            return required(field, value, field + " is required");
        }

        String required(String field, String value, String message) {
            if (value == null || value.isBlank()) {
                throw refuse(Refusal.ofField(ReasonCode.MISSING_FIELD, field, message));
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
