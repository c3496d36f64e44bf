package newsflow.index.store;

import newsflow.contract.EntityType;

/**
 * An entity with the number of articles that mention it (outside their boilerplate) in the window asked for.
 *
 * @param name its canonical name, as the latest article mentioning it gives it
 */
public record EntityCount(String id, EntityType type, String name, long articles) {
}
