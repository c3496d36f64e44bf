package newsflow.index.store.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory that makes each file durable once. Lucene's writer asks at every commit for every file of the index
 * to be synced, though its files are written once and never changed; on a disk where each fsync costs a device
 * flush, that is a hundred flushes a commit for files already on disk. This directory remembers what it has synced
 * and syncs only the files written since, so a commit costs what it adds.
 */
final class SyncOnceDirectory extends FilterDirectory {

    private final Set<String> synced = ConcurrentHashMap.newKeySet();

    SyncOnceDirectory(Directory directory) {
        super(directory);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        List<String> unsynced =
                names.stream().filter(name -> !synced.contains(name)).toList();
        if (!unsynced.isEmpty()) {
            super.sync(unsynced);
            synced.addAll(unsynced);
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        synced.remove(name);
        return super.createOutput(name, context);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        boolean wasSynced = synced.remove(source);
        synced.remove(dest);
        super.rename(source, dest);
        if (wasSynced) {
            synced.add(dest);
        }
    }

    @Override
    public void deleteFile(String name) throws IOException {
        synced.remove(name);
        super.deleteFile(name);
    }
}
