package newsflow.index.store.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * The near-neighbour lookup of stories in the Lucene index: the articles sharing a fingerprint band or a sentence
 * with the probe are matched by term and scored by the sentences they share; their fingerprints are compared from
 * doc values, those sharing a sentence have all their sentences compared, and only those that may be copies (and the
 * probe's own article) have their id, story and entities read, from doc values too (stored fields would mean
 * decompressing a block of documents for each), {@value #MAX_NEAR} of them at most: a story syndicated a
 * thousand times does not make each new copy read a thousand documents; the first copies found, which tell its story,
 * are enough. Once they are found, a segment is left at once unless it holds the probe's own article: the copies
 * after them are not even visited, nor their ids read.
 */
final class LuceneStories {

    static final int MAX_NEAR = 16;

    private LuceneStories() {}

    static List<StoryCandidate> candidates(IndexSearcher searcher, StoryProbe probe) throws IOException {
        List<StoryCandidate> candidates = new ArrayList<>();
        BytesRef ownId = new BytesRef(probe.articleId());
        searcher.search(LuceneQueries.storyCandidates(probe), new SimpleCollector() {
            private LeafReaderContext leaf;
            private NumericDocValues fingerprints;
            private NumericDocValues publishedAt;
            private SortedDocValues ids;
            private SortedDocValues stories;
            private final List<SortedSetDocValues> entities = new ArrayList<>();
            private SortedNumericDocValues sentences;
            private int near;
            private int ownOrd;
            private boolean ownFound;
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                this.leaf = context;
                this.fingerprints = null;
            }

            /**
             * The segment's doc values, read on its first match: the searcher visits every segment, and most hold
             * none of a probe's terms.
             */
            private void open() throws IOException {
                var reader = this.leaf.reader();
                this.fingerprints = DocValues.getNumeric(reader, ArticleDocuments.FINGERPRINT);
                this.publishedAt = DocValues.getNumeric(reader, ArticleDocuments.PUBLISHED_AT);
                this.ids = DocValues.getSorted(reader, ArticleDocuments.ID);
                this.stories = DocValues.getSorted(reader, ArticleDocuments.STORY);
                this.entities.clear();
                for (EntityType type : EntityType.values()) {
                    this.entities.add(DocValues.getSortedSet(reader, ArticleDocuments.entityValues(type)));
                }
                this.sentences = DocValues.getSortedNumeric(reader, ArticleDocuments.STORY_SENTENCES);
                this.ownOrd = this.ids.lookupTerm(ownId);
            }

            private boolean isOwn(int doc) throws IOException {
                return this.ownOrd >= 0 && this.ids.advanceExact(doc) && this.ids.ordValue() == this.ownOrd;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (this.fingerprints == null) {
                    open();
                }
                if (!this.fingerprints.advanceExact(doc)) {
                    return; // written before stories existed
                }
                if (this.near >= MAX_NEAR) {
                    // Enough copies found to tell the story: the rest are not read, and a segment without the
                    // probe's own article (or where it was found) is not searched further.
                    if (this.ownOrd < 0 || this.ownFound) {
                        throw new CollectionTerminatedException();
                    }
                    if (!isOwn(doc)) {
                        return;
                    }
                }
                boolean own = isOwn(doc);
                long fingerprint = this.fingerprints.longValue();
                boolean sharesSentences = this.scorer.score() >= 1;
                Set<Long> sentences = sharesSentences ? sentences(doc) : Set.of();
                boolean mayBeCopy = probe.mayBeCopy(fingerprint, sentences);
                if (!mayBeCopy && !own) {
                    return;
                }
                if (mayBeCopy) {
                    this.near++;
                }
                this.ownFound |= own;
                if (!sharesSentences) {
                    sentences = sentences(doc);
                }
                Instant published = this.publishedAt.advanceExact(doc)
                        ? Instant.ofEpochMilli(this.publishedAt.longValue())
                        : Instant.EPOCH;
                candidates.add(new StoryCandidate(
                        text(this.ids, doc),
                        text(this.stories, doc),
                        fingerprint,
                        published,
                        entityIds(doc),
                        sentences));
            }

            private static String text(SortedDocValues values, int doc) throws IOException {
                return values.advanceExact(doc)
                        ? values.lookupOrd(values.ordValue()).utf8ToString()
                        : null;
            }

            /** From the doc values entity counts read: no stored fields decompressed for a candidate. */
            private Set<String> entityIds(int doc) throws IOException {
                Set<String> found = new HashSet<>();
                for (SortedSetDocValues values : this.entities) {
                    if (values.advanceExact(doc)) {
                        for (int i = 0; i < values.docValueCount(); i++) {
                            found.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                        }
                    }
                }
                return found;
            }

            private Set<Long> sentences(int doc) throws IOException {
                if (!this.sentences.advanceExact(doc)) {
                    return Set.of();
                }
                Set<Long> hashes = new HashSet<>();
                for (int i = 0; i < this.sentences.docValueCount(); i++) {
                    hashes.add(this.sentences.nextValue());
                }
                return hashes;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return candidates;
    }

    /** How many stories the matching articles are copies in; an article indexed before stories is one of its own. */
    static long count(IndexSearcher searcher, Query articles) throws IOException {
        Set<String> stories = new HashSet<>();
        searcher.search(articles, new SimpleCollector() {
            private SortedDocValues story;
            private SortedDocValues ids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                this.story = DocValues.getSorted(context.reader(), ArticleDocuments.STORY);
                this.ids = DocValues.getSorted(context.reader(), ArticleDocuments.ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                SortedDocValues values = this.story.advanceExact(doc) ? this.story : this.ids;
                if (values == this.story || this.ids.advanceExact(doc)) {
                    stories.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return stories.size();
    }
}
