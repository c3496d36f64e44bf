package newsflow.launcher.tail;

import java.util.Locale;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;

/**
 * Which articles {@code tail} prints; every filter given must match. An entity matches by its id or its name
 * (ignoring case); a country by its {@code country:CC} entity or a place in it ({@code location:geneva-ch}).
 */
record TailFilter(String entity, EntityType type, String country, String source, String language) {

    /** Whether a filter needs the article's entities. */
    boolean readsEntities() {
        return entity != null || type != null || country != null;
    }

    boolean matchesArticle(String articleSource, String articleLanguage) {
        return (source == null || source.equals(articleSource))
                && (language == null || language.equalsIgnoreCase(articleLanguage));
    }

    /** Whether the entity filters (none given, all) match among these entities. */
    boolean matchesEntities(Iterable<Entity> entities) {
        if (!readsEntities()) {
            return true;
        }
        boolean entityFound = entity == null;
        boolean typeFound = type == null;
        boolean countryFound = country == null;
        for (Entity candidate : entities) {
            entityFound |= entity != null
                    && (candidate.id().equalsIgnoreCase(entity)
                            || candidate.name().equalsIgnoreCase(entity));
            typeFound |= candidate.type() == type;
            countryFound |= country != null && inCountry(candidate);
        }
        return entityFound && typeFound && countryFound;
    }

    private boolean inCountry(Entity candidate) {
        String id = candidate.id().toLowerCase(Locale.ROOT);
        String code = country.toLowerCase(Locale.ROOT);
        return id.equals("country:" + code) || (candidate.type() == EntityType.LOCATION && id.endsWith("-" + code));
    }
}
