package newsflow.enrich.tagging.crf;

/** The tagger with its model loaded once per test JVM: loading takes seconds, and the tagger is thread-safe. */
public final class LoadedTagger {

    private static CrfGazetteerTagger tagger;

    private LoadedTagger() {}

    public static synchronized CrfGazetteerTagger get() {
        if (tagger == null) {
            tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
        }
        return tagger;
    }
}
