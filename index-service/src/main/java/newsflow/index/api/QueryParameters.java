package newsflow.index.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsflow.contract.EntityType;
import newsflow.index.store.InvalidQueryException;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.entities.EntityCounting;
import newsflow.index.store.search.ArticleSort;

/** Reads the search parameters people type, in the forms the store's queries use, and refuses the rest. */
final class QueryParameters {

    private static final String COUNTRY_PREFIX = "country:";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private QueryParameters() {}

    /** Refuses a parameter the endpoint does not know, so that a misspelt filter is not silently ignored. */
    static void requireKnown(Collection<String> given, Set<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw new InvalidQueryException("unknown parameter '" + name + "'; this endpoint takes "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    /** An entity type in any case, e.g. {@code person}; null when not given. */
    static EntityType entityType(String type) {
        return enumValue("type", type, EntityType.class);
    }

    /** {@code stories} or {@code copies} in any case; null (stories) when not given. */
    static EntityCounting counting(String count) {
        return enumValue("count", count, EntityCounting.class);
    }

    /** {@code newest}, {@code oldest} or {@code relevance} in any case; null when not given. */
    static ArticleSort sort(String sort) {
        return enumValue("sort", sort, ArticleSort.class);
    }

    /**
     * A publication-time window: {@code from} and {@code to} are ISO-8601 dates ({@code 2024-03-01}, a whole UTC
     * day) or instants with an offset ({@code 2024-03-01T10:15:00Z}). {@code from} is included; {@code to} is
     * excluded for an instant and included, the whole day, for a date.
     */
    static TimeWindow window(String from, String to) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        return new TimeWindow(start, end);
    }

    /** A country as its ISO 3166-1 alpha-2 code or its entity id, {@code RU} or {@code country:RU}. */
    static String countryId(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip();
        if (code.regionMatches(true, 0, COUNTRY_PREFIX, 0, COUNTRY_PREFIX.length())) {
            code = code.substring(COUNTRY_PREFIX.length());
        }
        if (!COUNTRY_CODE.matcher(code).matches()) {
            throw new InvalidQueryException(
                    "country must be an ISO 3166-1 alpha-2 code such as RU or country:RU, not '" + country + "'");
        }
        return COUNTRY_PREFIX + code.toUpperCase(Locale.ROOT);
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException ex) {
            throw new InvalidQueryException(name + " must be an ISO-8601 date such as 2024-03-01 or an instant such"
                    + " as 2024-03-01T10:15:00Z, not '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new InvalidQueryException(name + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", not '" + value + "'");
        }
    }

    /** A whole-number parameter, or its default when it is absent. */
    static int wholeNumber(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidQueryException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
