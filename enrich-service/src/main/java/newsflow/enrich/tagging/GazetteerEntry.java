package newsflow.enrich.tagging;

import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;

/**
 * One surface form of a known entity.
 *
 * @param id   the entity's canonical id, such as {@code country:DK}
 * @param type its type
 * @param name its canonical name
 * @param form how this surface form names it
 */
record GazetteerEntry(String id, EntityType type, String name, MentionForm form) {
}
