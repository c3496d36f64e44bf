package newsflow.index.store.entities;

import java.util.List;
import newsflow.contract.EntityType;
import newsflow.index.store.search.ArticleHit;

/**
 * One entity as the store sees it across articles.
 *
 * @param name        its canonical name, as the latest article of the window mentioning it gives it
 * @param wikidataId  its Wikidata item id ({@code Q458}), as that same article gives it; null when it gives none
 *                    (and then absent from the JSON)
 * @param articles    how many articles mention it in the window
 * @param stories     how many stories those articles are copies in
 * @param perDay      those articles per day of publication (UTC), oldest first, days without any left out
 * @param coOccurring the entities mentioned most often in the same articles (or stories), most first
 * @param latest      its latest articles, newest first
 */
public record EntityProfile(
        String id,
        EntityType type,
        String name,
        String wikidataId,
        long articles,
        long stories,
        List<DayCount> perDay,
        List<EntityCount> coOccurring,
        List<ArticleHit> latest) {

    public EntityProfile {
        perDay = List.copyOf(perDay);
        coOccurring = List.copyOf(coOccurring);
        latest = List.copyOf(latest);
    }
}
