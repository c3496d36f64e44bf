package newsflow.contract;

/** How an entity is written at one mention. */
public enum MentionForm {
    /** Its name, in full or in part ("Sergei Lavrov", "Lavrov"). */
    NAME,
    /** Another name for it ("Britain" for the United Kingdom). */
    ALIAS,
    /** An acronym ("EU", "UN"). */
    ACRONYM,
    /** An adjective or demonym ("Danish" for Denmark). */
    DEMONYM,
    /** A social media handle ("@UN_HRC"). */
    HANDLE
}
