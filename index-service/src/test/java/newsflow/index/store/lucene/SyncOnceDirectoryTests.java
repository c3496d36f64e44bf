package newsflow.index.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncOnceDirectoryTests {

    @TempDir
    Path folder;

    private SyncedFiles disk;
    private SyncOnceDirectory directory;

    @BeforeEach
    void open() throws IOException {
        disk = new SyncedFiles(FSDirectory.open(folder));
        directory = new SyncOnceDirectory(disk);
    }

    @AfterEach
    void close() throws IOException {
        directory.close();
    }

    @Test
    void syncsOnlyTheFilesWrittenSinceTheLastSync() throws IOException {
        write("_0.cfs");
        directory.sync(List.of("_0.cfs"));
        write("_1.cfs");

        directory.sync(List.of("_0.cfs", "_1.cfs"));

        assertThat(disk.synced).containsExactly("_0.cfs", "_1.cfs");
    }

    @Test
    void syncsAFileAgainWhenItIsWrittenAnew() throws IOException {
        write("segments_1");
        directory.sync(List.of("segments_1"));
        directory.deleteFile("segments_1");
        write("segments_1");

        directory.sync(List.of("segments_1"));

        assertThat(disk.synced).containsExactly("segments_1", "segments_1");
    }

    @Test
    void aRenamedFileIsSyncedWhenItWasNotBefore() throws IOException {
        write("pending_segments_1");
        write("pending_segments_2");
        directory.sync(List.of("pending_segments_1"));
        directory.rename("pending_segments_1", "segments_1");
        directory.rename("pending_segments_2", "segments_2");

        directory.sync(List.of("segments_1", "segments_2"));

        assertThat(disk.synced).containsExactly("pending_segments_1", "segments_2");
    }

    @Test
    void anIndexCommittedManyTimesSyncsEachOfItsFilesOnceAndKeepsEveryDocument() throws IOException {
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int commit = 0; commit < 20; commit++) {
                var doc = new Document();
                doc.add(new StringField("id", "article-" + commit, Field.Store.YES));
                writer.addDocument(doc);
                writer.commit();
            }
        }

        assertThat(disk.synced).doesNotHaveDuplicates().hasSizeGreaterThan(20);
        try (var reopened = FSDirectory.open(folder);
                var reader = DirectoryReader.open(reopened)) {
            assertThat(reader.numDocs()).isEqualTo(20);
        }
    }

    private void write(String name) throws IOException {
        try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
            out.writeString(name);
        }
    }

    /** The real directory, noting each file it makes durable. */
    private static final class SyncedFiles extends FilterDirectory {

        final List<String> synced = new ArrayList<>();

        SyncedFiles(Directory directory) {
            super(directory);
        }

        @Override
        public synchronized void sync(Collection<String> names) throws IOException {
            super.sync(names);
            synced.addAll(names);
        }
    }
}
