package newsflow.enrich.tagging.gazetteer;

/** When a gazetteer form is taken as a mention of its entity. */
public enum Match {
    /** Wherever it is written: the hand-picked gazetteers' names ("Bank of England", "Danish"). */
    ALWAYS,
    /**
     * Wherever it is written but on words the model calls MISC: a distinctive name from the long lists ("Siemens",
     * "Sparta Prague"), which may also name an index, a tournament, a product ("Dow Jones", "Wimbledon").
     */
    LISTED,
    /** Only where the statistical model also finds an organisation on the same words: a name that is also an
     * ordinary word, a person's name or a place ("Apple", "Next", "Jones"). */
    CONFIRM,
    /** In an article about sport always, elsewhere as {@link #CONFIRM}: a club's one-word name ("Inter"). */
    SPORTS,
    /**
     * In an article about sport only: a club's one-word name that is also its city's ("Groningen", "Cannes"), which
     * elsewhere is the city even where the model calls it an organisation (as in a dateline in capitals).
     */
    SPORT_ONLY
}
