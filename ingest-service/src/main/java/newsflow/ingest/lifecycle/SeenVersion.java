package newsflow.ingest.lifecycle;

import java.nio.ByteBuffer;
import newsflow.contract.ArticleVersion;

/**
 * What ingest remembers of the newest version of an article: the version, the first 64 bits of its content hash
 * (enough to tell two contents of one article apart) and whether it is a retraction. Stored in 17 bytes.
 */
record SeenVersion(long version, long hashPrefix, boolean retracted) {

    static final int BYTES = 17;

    static SeenVersion of(ArticleVersion version) {
        return new SeenVersion(version.version(), hashPrefix(version.contentHash()), version.retracted());
    }

    /** Whether a version with this content hash has this version's content. */
    boolean hasContent(String contentHash) {
        return hashPrefix(contentHash) == hashPrefix;
    }

    /**
     * The newer of the two; at the same version a retraction wins over the publication it retracts, and otherwise
     * this one is kept. So applying the same versions in any order, any number of times, keeps the same one.
     */
    SeenVersion newer(SeenVersion other) {
        if (other.version != version) {
            return other.version > version ? other : this;
        }
        return other.retracted && !retracted ? other : this;
    }

    /** Whether this one is the {@link #newer} of the two: nothing in the other is news. */
    boolean covers(SeenVersion other) {
        return newer(other) == this;
    }

    byte[] encode() {
        return ByteBuffer.allocate(BYTES)
                .putLong(version)
                .putLong(hashPrefix)
                .put((byte) (retracted ? 1 : 0))
                .array();
    }

    /** The version encoded in these bytes, or null if they are no encoded version. */
    static SeenVersion decode(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new SeenVersion(buffer.getLong(), buffer.getLong(), buffer.get() == 1);
    }

    private static long hashPrefix(String contentHash) {
        return contentHash == null || contentHash.length() < 16 ? 0 : Long.parseUnsignedLong(contentHash, 0, 16, 16);
    }
}
