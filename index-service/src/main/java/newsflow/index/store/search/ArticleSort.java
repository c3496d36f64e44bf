package newsflow.index.store.search;

/** The order of search results. Ties are broken newest first, then by article id, so pages never overlap. */
public enum ArticleSort {
    /** Latest publication first: the default without query text. */
    NEWEST,
    /** Earliest publication first. */
    OLDEST,
    /** Best match for the query text first: the default with query text. */
    RELEVANCE
}
