package newsflow.contract;

/** The kinds of entity the tagger finds. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    /** A city, region or other place that is not a country. */
    LOCATION
}
