package newsflow.contract;

import java.util.List;

/**
 * What produced an article's entities, so it can be re-enriched later.
 *
 * @param tagger           the tagger's name
 * @param taggerVersion    its version
 * @param models           the statistical models it ran on this article (none when its language has no model)
 * @param gazetteerVersion the versions of the gazetteers it used
 * @param notes            what a reader should know about these tags, such as a language the models do not cover
 */
public record Provenance(
        String tagger, String taggerVersion, List<String> models, String gazetteerVersion, List<String> notes) {

    public Provenance {
        Required.text(tagger, "tagger");
        Required.text(taggerVersion, "taggerVersion");
        Required.text(gazetteerVersion, "gazetteerVersion");
        models = List.copyOf(Required.value(models, "models"));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
