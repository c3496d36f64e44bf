package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityTally;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.StoredFields;

/**
 * What an article's document says of its entities besides their ids, so that counted entities are named cheaply,
 * from two small stored fields instead of the whole event: {@value #LABELS}, one {@code id TAB type TAB name} line
 * per entity, and {@value #WIKIDATA_IDS}, one {@code id TAB wikidataId} line per entity that has a Wikidata id. The
 * second is left out when no entity has one, as it is in documents indexed before entities had them.
 */
final class EntityLabels {

    static final String LABELS = "labels";
    static final String WIKIDATA_IDS = "wikidataIds";

    private static final Set<String> FIELDS = Set.of(LABELS, WIKIDATA_IDS);

    private EntityLabels() {}

    /** Adds the labels of these entities, each id once, to the article's document. */
    static void addTo(Document doc, List<Entity> entities) {
        doc.add(new StoredField(
                LABELS,
                entities.stream()
                        .map(entity -> entity.id() + "\t" + entity.type().name() + "\t"
                                + entity.name().replace('\n', ' '))
                        .collect(Collectors.joining("\n"))));
        String wikidataIds = entities.stream()
                .filter(entity -> entity.wikidataId() != null)
                .map(entity -> entity.id() + "\t" + entity.wikidataId())
                .collect(Collectors.joining("\n"));
        if (!wikidataIds.isEmpty()) {
            doc.add(new StoredField(WIKIDATA_IDS, wikidataIds));
        }
    }

    /** The name, type and Wikidata id an article's document gives an entity, with the counts given. */
    static Optional<EntityCount> read(StoredFields fields, int doc, String entityId, EntityTally tally)
            throws IOException {
        Document stored = fields.document(doc, FIELDS);
        for (String line : lines(stored.get(LABELS))) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && parts[0].equals(entityId)) {
                return Optional.of(new EntityCount(
                        entityId,
                        EntityType.valueOf(parts[1]),
                        parts[2],
                        wikidataId(stored.get(WIKIDATA_IDS), entityId),
                        tally));
            }
        }
        return Optional.empty();
    }

    /** The ids of the entities a document's labels name: those the article is found by, each once. */
    static Set<String> ids(Document stored) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : lines(stored.get(LABELS))) {
            ids.add(line.substring(0, line.indexOf('\t')));
        }
        return ids;
    }

    private static String wikidataId(String wikidataIds, String entityId) {
        String prefix = entityId + "\t";
        for (String line : lines(wikidataIds)) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        return null;
    }

    private static String[] lines(String field) {
        return field == null || field.isEmpty() ? new String[0] : field.split("\n");
    }
}
