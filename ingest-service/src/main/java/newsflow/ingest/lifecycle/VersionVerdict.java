package newsflow.ingest.lifecycle;

import newsflow.contract.ReasonCode;
import newsflow.contract.Refusal;

/**
 * What to do with a version of an article, given the newest one seen.
 *
 * @param kind    accept it, drop it as an exact re-send, or refuse it as stale
 * @param message why, for people; for a stale version it is the message of the refusal
 */
public record VersionVerdict(Kind kind, String message) {

    public enum Kind {
        /** A version newer than any seen, or the first. */
        ACCEPT,
        /** The same version with the same content, or the same retraction again: nothing new to publish. */
        DUPLICATE,
        /** Older than the newest seen, or the newest version again with other content: refused. */
        STALE
    }

    static VersionVerdict accept() {
        return new VersionVerdict(Kind.ACCEPT, "a new version");
    }

    static VersionVerdict duplicate(long version) {
        return new VersionVerdict(Kind.DUPLICATE, "version " + version + " was already accepted as it is");
    }

    static VersionVerdict stale(String message) {
        return new VersionVerdict(Kind.STALE, message);
    }

    public boolean isAccepted() {
        return kind == Kind.ACCEPT;
    }

    public boolean isDuplicate() {
        return kind == Kind.DUPLICATE;
    }

    public boolean isStale() {
        return kind == Kind.STALE;
    }

    /** The refusal of a stale version, to publishers. */
    public Refusal refusal() {
        if (!isStale()) {
            throw new IllegalStateException("only a stale version is refused, not a " + kind);
        }
        return Refusal.of(ReasonCode.STALE_VERSION, message);
    }
}
