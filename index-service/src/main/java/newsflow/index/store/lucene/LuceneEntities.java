package newsflow.index.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import newsflow.contract.EntityType;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.entities.DayCount;
import newsflow.index.store.entities.EntityCount;
import newsflow.index.store.entities.EntityCounting;
import newsflow.index.store.entities.EntityTally;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;

/**
 * Counts entities over the articles a query matches, from the sorted-set doc values of their entity ids (one field
 * per type): per segment, one counter per distinct id of the segment, then the ids counted are merged by value.
 * Nothing is built per reader, so the near-real-time refresh after every batch costs counts nothing; the work is
 * in proportion to the articles matched. Articles per day come from the publication time's doc values.
 */
final class LuceneEntities {

    private LuceneEntities() {}

    /**
     * The entities of the articles matching the query, of one type or all, ranked by the counting asked for, most
     * first, named.
     */
    static List<EntityCount> top(
            IndexSearcher searcher,
            Query articles,
            TimeWindow window,
            EntityType type,
            EntityCounting counting,
            int limit)
            throws IOException {
        List<EntityType> types = type == null ? List.of(EntityType.values()) : List.of(type);
        return ranked(searcher, window, LuceneEntityTally.of(searcher, articles, types), null, counting, limit);
    }

    /** The entities of a tally but one ({@code leaveOut}, or none), ranked by the counting asked for, named. */
    static List<EntityCount> ranked(
            IndexSearcher searcher,
            TimeWindow window,
            Map<String, EntityTally> tally,
            String leaveOut,
            EntityCounting counting,
            int limit) {
        return tally.entrySet().stream()
                .filter(count -> !count.getKey().equals(leaveOut))
                .map(count -> new EntityCount(count.getKey(), null, null, null, count.getValue()))
                .sorted(counting.order())
                .limit(limit)
                .map(count -> name(searcher, window, count.id(), tally.get(count.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The name, type and Wikidata id the latest article of the window mentioning the entity gives it, with the counts
     * given.
     */
    static Optional<EntityCount> name(IndexSearcher searcher, TimeWindow window, String entityId, EntityTally tally) {
        try {
            TopDocs latest = searcher.search(LuceneQueries.articlesOf(window, entityId), 1, LuceneQueries.NEWEST);
            if (latest.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return EntityLabels.read(searcher.storedFields(), latest.scoreDocs[0].doc, entityId, tally);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Matching articles per day of publication (UTC), oldest first. */
    static List<DayCount> perDay(IndexSearcher searcher, Query articles) throws IOException {
        Map<LocalDate, Long> days = new TreeMap<>();
        searcher.search(articles, new SimpleCollector() {
            private NumericDocValues publishedAt;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                this.publishedAt = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED_AT);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (this.publishedAt.advanceExact(doc)) {
                    days.merge(
                            LocalDate.ofInstant(Instant.ofEpochMilli(this.publishedAt.longValue()), ZoneOffset.UTC),
                            1L,
                            Long::sum);
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return days.entrySet().stream()
                .map(day -> new DayCount(day.getKey(), day.getValue()))
                .toList();
    }

    /** Counts the entity ids of the collected articles, segment by segment. */
    static final class EntityCounter extends SimpleCollector {

        private final List<EntityType> types;
        private final Map<String, Long> counts = new HashMap<>();
        private final List<SortedSetDocValues> values = new ArrayList<>();
        private final List<int[]> segmentCounts = new ArrayList<>();

        EntityCounter(List<EntityType> types) {
            this.types = types;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (EntityType type : this.types) {
                SortedSetDocValues ids = DocValues.getSortedSet(context.reader(), ArticleDocuments.entityValues(type));
                this.values.add(ids);
                this.segmentCounts.add(new int[(int) ids.getValueCount()]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < this.values.size(); i++) {
                SortedSetDocValues ids = this.values.get(i);
                if (ids.advanceExact(doc)) {
                    int[] counted = this.segmentCounts.get(i);
                    for (int value = 0; value < ids.docValueCount(); value++) {
                        counted[(int) ids.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, Long> counts() throws IOException {
            flush();
            return this.counts;
        }

        private void flush() throws IOException {
            for (int i = 0; i < this.values.size(); i++) {
                int[] counted = this.segmentCounts.get(i);
                for (int ord = 0; ord < counted.length; ord++) {
                    if (counted[ord] > 0) {
                        this.counts.merge(
                                this.values.get(i).lookupOrd(ord).utf8ToString(), (long) counted[ord], Long::sum);
                    }
                }
            }
            this.values.clear();
            this.segmentCounts.clear();
        }
    }
}
