package newsflow.enrich.tagging.text;

/** The words of a name: "Sergei  Lavrov" is Sergei and Lavrov. */
public final class Words {

    private Words() {}

    /** The name's words, split at whitespace. */
    public static String[] of(String name) {
        return name.strip().split("\\s+");
    }
}
