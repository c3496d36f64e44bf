package newsflow.index.api;

import java.util.Locale;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.index.store.InvalidQueryException;

/** Reads the search parameters people type, in the forms the store's queries use. */
final class QueryParameters {

    private static final String COUNTRY_PREFIX = "country:";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private QueryParameters() {
    }

    /** An entity type in any case, e.g. {@code person}; null when not given. */
    static EntityType entityType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidQueryException("type must be one of PERSON, ORGANIZATION, COUNTRY, LOCATION, not '"
                    + type + "'");
        }
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
            throw new InvalidQueryException("country must be an ISO 3166-1 alpha-2 code such as RU or country:RU, not '"
                    + country + "'");
        }
        return COUNTRY_PREFIX + code.toUpperCase(Locale.ROOT);
    }
}
