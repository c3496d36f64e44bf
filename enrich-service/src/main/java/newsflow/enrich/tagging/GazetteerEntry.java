package newsflow.enrich.tagging;

import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/**
 * One surface form of a known entity.
 *
 * @param entity the entity it names
 * @param form   how this surface form names it
 * @param match  when the form is taken for the entity
 */
record GazetteerEntry(KnownEntity entity, MentionForm form, Match match) {

    GazetteerEntry(KnownEntity entity, MentionForm form) {
        this(entity, form, Match.ALWAYS);
    }

    String id() {
        return entity.id();
    }

    EntityType type() {
        return entity.type();
    }

    String name() {
        return entity.name();
    }

    String wikidataId() {
        return entity.wikidataId();
    }

    /** The same entity, named in another way. */
    GazetteerEntry as(MentionForm other) {
        return other == form ? this : new GazetteerEntry(entity, other, match);
    }
}
