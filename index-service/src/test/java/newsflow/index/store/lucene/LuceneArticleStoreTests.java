package newsflow.index.store.lucene;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import newsflow.index.store.ArticleChange;
import newsflow.index.store.ArticleStore;
import newsflow.index.store.ArticleStoreContractTests;
import newsflow.index.store.StoreUnavailableException;
import newsflow.index.store.TimeWindow;
import newsflow.index.store.WriteResult;
import newsflow.index.store.search.ArticleQuery;
import newsflow.index.stories.StoryProbe;
import newsflow.support.stories.StoryCandidate;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a Lucene index in a temporary folder, and what only the embedded store does. */
class LuceneArticleStoreTests extends ArticleStoreContractTests {

    @TempDir
    Path folder;

    private LuceneArticleStore lucene;
    private final Disk disk = new Disk();

    @Override
    protected ArticleStore openStore() {
        lucene = LuceneArticleStore.open(folder, directory -> new FailingDirectory(directory, disk));
        return lucene;
    }

    @Override
    protected ArticleStore reopenStore() {
        closeQuietly();
        return openStore();
    }

    @Override
    protected void closeStore() throws IOException {
        lucene.close();
    }

    @Test
    void readsTheFirstCopiesOfALargeStoryAndTheProbedArticleWhereverItIs() {
        int copies = LuceneStories.MAX_NEAR + 14;
        for (int i = 0; i < copies; i++) {
            // One write each, so the copies are spread over segments.
            store.upsert(
                    article("demo-copy-" + i).fingerprint("0123456789abcdef").build());
        }
        Instant published = Instant.parse("2022-03-01T10:15:00Z");
        TimeWindow days = new TimeWindow(published.minusSeconds(3 * 86_400), published.plusSeconds(3 * 86_400));
        long fingerprint = Long.parseUnsignedLong("0123456789abcdef", 16);

        List<String> forANewArticle =
                ids(store.storyCandidates(new StoryProbe("demo-new", fingerprint, Set.of(), 3, 2, days)));
        List<String> forTheLastCopy = ids(
                store.storyCandidates(new StoryProbe("demo-copy-" + (copies - 1), fingerprint, Set.of(), 3, 2, days)));

        assertThat(forANewArticle).hasSize(LuceneStories.MAX_NEAR).allMatch(id -> id.startsWith("demo-copy-"));
        assertThat(forTheLastCopy)
                .hasSize(LuceneStories.MAX_NEAR + 1)
                .containsAll(forANewArticle)
                .contains("demo-copy-" + (copies - 1));
    }

    private static List<String> ids(List<StoryCandidate> candidates) {
        return candidates.stream().map(StoryCandidate::articleId).toList();
    }

    @Test
    void isNotWritableOnceClosed() throws IOException {
        lucene.close();

        assertThat(lucene.status().writable()).isFalse();
    }

    @Test
    void rollsBackABatchItCannotWriteToAFullDiskAndWritesItWhenThereIsRoomAgain() {
        store.upsert(article("demo-before").build());
        List<ArticleChange> batch = List.of(
                ArticleChange.publish(article("demo-1").build()),
                ArticleChange.publish(article("demo-2").build()));
        disk.full = true;

        assertThatExceptionOfType(StoreUnavailableException.class)
                .isThrownBy(() -> store.write(batch))
                .withMessageContaining("No space left on device");
        assertThat(store.status().writable()).isFalse();
        assertThat(store.status().details()).containsKey("error");
        assertThat(store.find("demo-1")).isEmpty();
        assertThat(store.find("demo-before")).isPresent();

        disk.full = false;

        assertThat(store.write(batch)).containsOnly(WriteResult.WRITTEN);
        assertThat(store.status().writable()).isTrue();
        assertThat(store.search(ArticleQuery.everything()).total()).isEqualTo(3);
    }

    private void closeQuietly() {
        try {
            lucene.close();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Whether the disk under the index has room. */
    private static final class Disk {
        volatile boolean full;
    }

    /** The index's real directory on a disk that can run full: every new file then fails as it would. */
    private static final class FailingDirectory extends FilterDirectory {

        private final Disk disk;

        FailingDirectory(Directory directory, Disk disk) {
            super(directory);
            this.disk = disk;
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (disk.full) {
                throw new IOException("No space left on device");
            }
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            if (disk.full) {
                throw new IOException("No space left on device");
            }
            return super.createTempOutput(prefix, suffix, context);
        }
    }
}
