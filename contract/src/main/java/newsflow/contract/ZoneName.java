package newsflow.contract;

/** The parts of an article its text is kept in, so later stages know where each word came from. */
public enum ZoneName {
    HEADLINE,
    STANDFIRST,
    BODY,
    CAPTION,
    /** Page furniture cut from the article: promos, teasers, share lines. Kept so an operator can see what was cut. */
    BOILERPLATE
}
