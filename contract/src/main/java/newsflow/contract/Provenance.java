package newsflow.contract;

import java.util.List;

/** What produced an article's entities, so it can be re-enriched later. */
public record Provenance(String tagger, String taggerVersion, List<String> models, String gazetteerVersion) {

    public Provenance {
        Required.text(tagger, "tagger");
        Required.text(taggerVersion, "taggerVersion");
        Required.text(gazetteerVersion, "gazetteerVersion");
        models = List.copyOf(Required.value(models, "models"));
    }
}
