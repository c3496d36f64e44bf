package newsflow.contract;

/** What a publisher asks the pipeline to do with an article. */
public enum Action {
    /** A new article. The default when a raw article names no action. */
    PUBLISH,
    /** A new version of an article already published. */
    UPDATE,
    /** Take the article out of the pipeline's store. */
    RETRACT
}
