package newsflow.contract;

import java.util.List;

/**
 * An entity of an article.
 *
 * @param id         canonical and joinable: {@code country:DK}, {@code person:sergei-lavrov}, {@code org:european-union},
 *                   {@code location:geneva-ch}
 * @param type       what kind of entity it is
 * @param name       its canonical name
 * @param salience   how central it is to the article, 0..1
 * @param confidence how sure the tagger is, 0..1
 * @param mentions   where the article mentions it
 */
public record Entity(String id, EntityType type, String name, double salience, double confidence, List<Mention> mentions) {

    public Entity {
        Required.text(id, "id");
        Required.value(type, "type");
        Required.text(name, "name");
        mentions = List.copyOf(Required.value(mentions, "mentions"));
    }
}
