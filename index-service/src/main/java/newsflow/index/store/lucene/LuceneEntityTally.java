package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.index.store.entities.EntityTally;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Articles and stories per entity over the articles a query matches. Most articles start their story (the lead), and
 * their entities are counted from doc values segment by segment, once as articles and once as stories. The few
 * copies are then read one by one: each counts as an article, and its story counts once more for an entity only
 * when no other matched article of the story, its lead or another copy, has counted it. So the work beyond the
 * article count is in proportion to the copies matched, not to every article.
 */
final class LuceneEntityTally {

    private LuceneEntityTally() {}

    static Map<String, EntityTally> of(IndexSearcher searcher, Query articles, List<EntityType> types)
            throws IOException {
        Map<String, EntityTally> tally = new HashMap<>();
        Query lead = LuceneQueries.term(ArticleDocuments.STORY_LEAD, "true");
        Query leads = new BooleanQuery.Builder()
                .add(articles, Occur.FILTER)
                .add(lead, Occur.FILTER)
                .build();
        var counter = new LuceneEntities.EntityCounter(types);
        searcher.search(leads, counter);
        counter.counts().forEach((id, count) -> add(tally, id, new EntityTally(count, count)));

        Map<String, Set<String>> copiesEntities = new HashMap<>();
        Query copies = new BooleanQuery.Builder()
                .add(articles, Occur.FILTER)
                .add(lead, Occur.MUST_NOT)
                .build();
        searcher.search(copies, new DocEntities(types, (story, entityIds) -> {
            for (String id : entityIds) {
                // an article indexed before stories has none: it is a story of its own
                add(tally, id, new EntityTally(1, story == null ? 1 : 0));
            }
            if (story != null) {
                copiesEntities.computeIfAbsent(story, key -> new HashSet<>()).addAll(entityIds);
            }
        }));
        if (!copiesEntities.isEmpty()) {
            List<BytesRef> stories =
                    copiesEntities.keySet().stream().map(BytesRef::new).toList();
            Query theirLeads = new BooleanQuery.Builder()
                    .add(leads, Occur.FILTER)
                    .add(new TermInSetQuery(ArticleDocuments.ID, stories), Occur.FILTER)
                    .build();
            searcher.search(theirLeads, new DocEntities(types, (story, entityIds) -> {
                Set<String> counted = copiesEntities.get(story);
                if (counted != null) {
                    counted.removeAll(entityIds);
                }
            }));
            copiesEntities
                    .values()
                    .forEach(uncounted -> uncounted.forEach(id -> add(tally, id, new EntityTally(0, 1))));
        }
        return tally;
    }

    private static void add(Map<String, EntityTally> tally, String id, EntityTally more) {
        tally.merge(id, more, EntityTally::plus);
    }

    @FunctionalInterface
    private interface DocHandler {
        void accept(String story, List<String> entityIds);
    }

    /** Reads each collected article's story and entity ids from doc values. */
    private static final class DocEntities extends SimpleCollector {

        private final List<EntityType> types;
        private final DocHandler handler;
        private final List<SortedSetDocValues> values = new ArrayList<>();
        private SortedDocValues stories;

        DocEntities(List<EntityType> types, DocHandler handler) {
            this.types = types;
            this.handler = handler;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            this.values.clear();
            for (EntityType type : this.types) {
                this.values.add(DocValues.getSortedSet(context.reader(), ArticleDocuments.entityValues(type)));
            }
            this.stories = DocValues.getSorted(context.reader(), ArticleDocuments.STORY);
        }

        @Override
        public void collect(int doc) throws IOException {
            List<String> entityIds = new ArrayList<>();
            for (SortedSetDocValues ids : this.values) {
                if (ids.advanceExact(doc)) {
                    for (int value = 0; value < ids.docValueCount(); value++) {
                        entityIds.add(ids.lookupOrd(ids.nextOrd()).utf8ToString());
                    }
                }
            }
            String story = this.stories.advanceExact(doc)
                    ? this.stories.lookupOrd(this.stories.ordValue()).utf8ToString()
                    : null;
            this.handler.accept(story, entityIds);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
