package newsflow.contract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An entity of an article.
 *
 * @param id         canonical and joinable: {@code country:DK}, {@code person:sergei-lavrov}, {@code org:european-union},
 *                   {@code location:geneva-ch}
 * @param type       what kind of entity it is
 * @param name       its canonical name
 * @param wikidataId its Wikidata item id, such as {@code Q458} for the European Union, where the gazetteers know
 *                   it; null otherwise (and then absent from the JSON)
 * @param salience   how central it is to the article, 0..1
 * @param confidence how sure the tagger is, 0..1
 * @param mentions   where the article mentions it
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        String wikidataId,
        double salience,
        double confidence,
        List<Mention> mentions) {

    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        Required.text(id, "id");
        Required.value(type, "type");
        Required.text(name, "name");
        if (wikidataId != null && !WIKIDATA_ID.matcher(wikidataId).matches()) {
            throw new IllegalArgumentException("wikidataId must be Q followed by digits, not " + wikidataId);
        }
        mentions = List.copyOf(Required.value(mentions, "mentions"));
    }
}
