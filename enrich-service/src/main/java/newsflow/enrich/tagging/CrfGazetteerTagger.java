package newsflow.enrich.tagging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.Entity;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * The tagger: CoreNLP's CRF model finds names, the project's gazetteers recognise countries, demonyms,
 * organisations, acronyms, handles and cities and give them canonical ids, and article-level resolution joins the
 * mentions into entities. BOILERPLATE is not read at all. Thread-safe once loaded.
 */
public final class CrfGazetteerTagger implements EntityTagger {

    public static final String NAME = "newsflow-crf-gazetteer";
    public static final String VERSION = "0.1.0";
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CrfRecognizer recognizer;
    private final GazetteerMatcher matcher;
    private final Provenance provenance;

    private CrfGazetteerTagger(CrfRecognizer recognizer, Gazetteer gazetteer) {
        this.recognizer = recognizer;
        this.matcher = new GazetteerMatcher(gazetteer);
        this.provenance = new Provenance(NAME, VERSION,
                List.of("stanford-corenlp-4.5.10/" + recognizer.modelName()), gazetteer.version(), List.of());
    }

    /** Loads the CRF model (a classpath resource) and the gazetteers; takes a few seconds. */
    public static CrfGazetteerTagger load(String modelResource) {
        return new CrfGazetteerTagger(CrfRecognizer.load(modelResource), Gazetteer.load());
    }

    @Override
    public List<Entity> tag(List<Zone> zones) {
        Map<ZoneName, String> texts = new EnumMap<>(ZoneName.class);
        Map<ZoneName, List<List<Token>>> tokens = new EnumMap<>(ZoneName.class);
        List<Span> candidates = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone.name() == ZoneName.BOILERPLATE || zone.text().isBlank()) {
                continue;
            }
            texts.put(zone.name(), zone.text());
            List<List<Token>> sentences = ZoneTokenizer.sentences(zone.text());
            tokens.put(zone.name(), sentences);
            for (List<Token> sentence : sentences) {
                candidates.addAll(recognizer.recognize(zone.name(), zone.text(), sentence));
                candidates.addAll(matcher.match(zone.name(), zone.text(), sentence));
            }
            candidates.addAll(matcher.handles(zone.name(), zone.text()));
        }
        return new EntityResolver(texts).resolve(SpanSelector.select(candidates), tokens);
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
