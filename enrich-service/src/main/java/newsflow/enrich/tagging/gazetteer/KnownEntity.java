package newsflow.enrich.tagging.gazetteer;

import newsflow.contract.EntityType;

/**
 * An entity the gazetteers know.
 *
 * @param id         its canonical id, such as {@code country:DK}
 * @param type       its type
 * @param name       its canonical name
 * @param wikidataId its Wikidata item id, such as {@code Q35}, or null where the gazetteer has none
 */
public record KnownEntity(String id, EntityType type, String name, String wikidataId) {}
