package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import newsflow.index.store.StoredVersion;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what the index holds for many article ids at once, for the version checks of a batch: a seek in the id
 * terms of each segment and two doc values per id found, instead of a search per id.
 */
final class LuceneVersions {

    private LuceneVersions() {}

    static Map<String, StoredVersion> of(IndexSearcher searcher, Collection<String> articleIds) throws IOException {
        Map<String, StoredVersion> held = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ArticleDocuments.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum ids = terms.iterator();
            PostingsEnum postings = null;
            for (String articleId : articleIds) {
                if (!ids.seekExact(new BytesRef(articleId))) {
                    continue;
                }
                postings = ids.postings(postings, PostingsEnum.NONE);
                int doc = live(postings, leaf.reader().getLiveDocs());
                if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                    held.put(articleId, read(leaf.reader(), doc));
                }
            }
        }
        return held;
    }

    private static int live(PostingsEnum postings, Bits liveDocs) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (liveDocs == null || liveDocs.get(doc)) {
                return doc;
            }
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    private static StoredVersion read(LeafReader reader, int doc) throws IOException {
        NumericDocValues version = DocValues.getNumeric(reader, ArticleDocuments.VERSION);
        version.advanceExact(doc);
        NumericDocValues retracted = DocValues.getNumeric(reader, ArticleDocuments.RETRACTED);
        if (retracted.advanceExact(doc)) {
            if (retracted.longValue() == 1) {
                return StoredVersion.retraction(version.longValue());
            }
            // written before enrichment revisions existed: revision 0
            NumericDocValues revision = DocValues.getNumeric(reader, ArticleDocuments.ENRICHMENT_REVISION);
            int enrichmentRevision = revision.advanceExact(doc) ? (int) revision.longValue() : 0;
            return StoredVersion.article(version.longValue(), enrichmentRevision);
        }
        // written before the flag existed: the stored kind says
        return ArticleDocuments.toStoredVersion(
                reader.storedFields().document(doc, Set.of(ArticleDocuments.VERSION, ArticleDocuments.KIND)));
    }
}
