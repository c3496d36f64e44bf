package newsflow.enrich.tagging.gazetteer;

import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/**
 * One surface form of a known entity.
 *
 * @param entity the entity it names
 * @param form   how this surface form names it
 * @param match  when the form is taken for the entity
 */
public record GazetteerEntry(KnownEntity entity, MentionForm form, Match match) {

    GazetteerEntry(KnownEntity entity, MentionForm form) {
        this(entity, form, Match.ALWAYS);
    }

    public String id() {
        return entity.id();
    }

    public EntityType type() {
        return entity.type();
    }

    public String name() {
        return entity.name();
    }

    public String wikidataId() {
        return entity.wikidataId();
    }

    /** The same entity, named in another way. */
    public GazetteerEntry as(MentionForm other) {
        return other == form ? this : new GazetteerEntry(entity, other, match);
    }
}
