package newsflow.enrich.tagging.crf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.EnrichmentRevisions;
import newsflow.enrich.tagging.EntityTagger;
import newsflow.enrich.tagging.Tagging;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.gazetteer.Gazetteer;
import newsflow.enrich.tagging.mentions.CapitalNames;
import newsflow.enrich.tagging.mentions.FamilyFirstNames;
import newsflow.enrich.tagging.mentions.GazetteerMatcher;
import newsflow.enrich.tagging.mentions.NaturalFeatures;
import newsflow.enrich.tagging.mentions.SmallLetterNames;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.mentions.SpanSelector;
import newsflow.enrich.tagging.mentions.StreetNames;
import newsflow.enrich.tagging.mentions.UnknownAcronyms;
import newsflow.enrich.tagging.mentions.WorkTitles;
import newsflow.enrich.tagging.mentions.boundaries.Affiliations;
import newsflow.enrich.tagging.mentions.boundaries.CoordinatedNames;
import newsflow.enrich.tagging.mentions.boundaries.DemonymOrganisations;
import newsflow.enrich.tagging.mentions.boundaries.DoubleBarrelledNames;
import newsflow.enrich.tagging.mentions.boundaries.ForeignInstitutionNames;
import newsflow.enrich.tagging.mentions.boundaries.GivenNamesBefore;
import newsflow.enrich.tagging.mentions.boundaries.InstitutionHeads;
import newsflow.enrich.tagging.mentions.boundaries.InstitutionWords;
import newsflow.enrich.tagging.mentions.boundaries.LowercaseTails;
import newsflow.enrich.tagging.mentions.boundaries.MaoriOf;
import newsflow.enrich.tagging.mentions.boundaries.NameBoundaries;
import newsflow.enrich.tagging.mentions.boundaries.NameParticles;
import newsflow.enrich.tagging.mentions.boundaries.Nicknames;
import newsflow.enrich.tagging.mentions.boundaries.NounClassPrefixes;
import newsflow.enrich.tagging.mentions.boundaries.PlaceGivenNames;
import newsflow.enrich.tagging.mentions.boundaries.PossessiveNames;
import newsflow.enrich.tagging.mentions.boundaries.PossessorNames;
import newsflow.enrich.tagging.mentions.credits.Credits;
import newsflow.enrich.tagging.mentions.credits.Datelines;
import newsflow.enrich.tagging.mentions.credits.StateAbbreviations;
import newsflow.enrich.tagging.mentions.sport.ClubsByTown;
import newsflow.enrich.tagging.mentions.sport.OlympicCodes;
import newsflow.enrich.tagging.mentions.sport.ResultLines;
import newsflow.enrich.tagging.mentions.sport.SportsContext;
import newsflow.enrich.tagging.mentions.sport.StateTeams;
import newsflow.enrich.tagging.resolution.EntityResolver;
import newsflow.enrich.tagging.text.Casing;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.ZoneTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tagger: CoreNLP's CRF model finds names (its caseless variant in lines written in capitals), the project's gazetteers recognise countries, demonyms,
 * organisations, acronyms, handles and cities and give them canonical ids, and article-level resolution joins the
 * mentions into entities. BOILERPLATE is not read at all. Articles the English model does not cover get the
 * gazetteers' tags only. Thread-safe once loaded.
 */
public final class CrfGazetteerTagger implements EntityTagger {

    public static final String NAME = "newsflow-crf-gazetteer";
    public static final String VERSION = "0.3.32";
    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** The same model trained on text whose case was removed, for lines written in capitals. */
    public static final String CASELESS_MODEL =
            "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";

    static final String CORENLP = "stanford-corenlp-4.5.10/";

    private static final Logger log = LoggerFactory.getLogger(CrfGazetteerTagger.class);

    private final LanguageModels models;
    private final GazetteerMatcher matcher;
    private final Gazetteer gazetteer;
    private final int enrichmentRevision;

    private CrfGazetteerTagger(LanguageModels models, Gazetteer gazetteer) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.enrichmentRevision = EnrichmentRevisions.load().of(VERSION).revision();
        this.matcher = new GazetteerMatcher(gazetteer);
    }

    /** Loads the default models and the gazetteers, as {@link #load(String, String)}. */
    public static CrfGazetteerTagger load(String modelResource) {
        return load(modelResource, CASELESS_MODEL);
    }

    /**
     * Loads the CRF models (classpath resources: one for text as written, one for lines in capitals) and the
     * gazetteers; takes a few seconds. Warns when the JVM leaves the model's feature extraction interpreted
     * ({@link HugeMethods}).
     */
    public static CrfGazetteerTagger load(String modelResource, String caselessModelResource) {
        if (HugeMethods.compiled().equals(Optional.of(false))) {
            log.warn(
                    "This JVM does not compile huge methods, so CoreNLP's feature extraction runs interpreted and "
                            + "tagging at about 60% of its speed: start java with {}",
                    HugeMethods.FLAG);
        }
        return new CrfGazetteerTagger(
                new LanguageModels(CrfRecognizer.load(modelResource), CrfRecognizer.load(caselessModelResource)),
                Gazetteer.load());
    }

    @Override
    public Tagging tag(List<Zone> zones, String language, TaggingDeadline deadline) {
        LanguageCoverage coverage = LanguageCoverage.of(language, zones);
        String code = coverage.code();
        CrfRecognizer cased = coverage.statistical() ? models.cased(code) : null;
        CrfRecognizer caseless = coverage.statistical() ? models.caseless(code).orElse(null) : null;
        Map<ZoneName, String> texts = new EnumMap<>(ZoneName.class);
        Map<ZoneName, List<List<Token>>> tokens = new EnumMap<>(ZoneName.class);
        List<Span> candidates = new ArrayList<>();
        List<Span> other = new ArrayList<>();
        for (Zone zone : zones) {
            if (zone.name() == ZoneName.BOILERPLATE || zone.text().isBlank() || texts.containsKey(zone.name())) {
                continue; // mention offsets point into one text per zone name: the first, as ingest writes them
            }
            texts.put(zone.name(), zone.text());
            List<List<Token>> sentences = ZoneTokenizer.sentences(zone.text(), code, deadline);
            tokens.put(zone.name(), sentences);
            for (List<Token> sentence : sentences) {
                deadline.check();
                boolean capitals = Casing.isCapitals(sentence);
                if (cased != null && mayHoldNames(sentence)) {
                    recognize(cased, caseless, zone, sentence, candidates, other);
                }
                candidates.addAll(matcher.match(zone.name(), zone.text(), sentence, capitals, code));
            }
            candidates.addAll(matcher.handles(zone.name(), zone.text()));
        }
        deadline.check();
        candidates = SmallLetterNames.drop(candidates, this::namesAPlace);
        candidates = LowercaseTails.cut(candidates);
        candidates = CapitalNames.resolve(candidates, gazetteer, code);
        candidates = Datelines.apply(candidates, texts, gazetteer);
        candidates = Credits.apply(candidates, texts, gazetteer);
        candidates = PossessiveNames.apply(candidates, texts);
        candidates = InstitutionWords.retype(candidates);
        candidates = Affiliations.split(candidates, gazetteer);
        candidates = NameBoundaries.repair(candidates, tokens, texts, code);
        candidates = PossessorNames.extend(candidates, texts);
        candidates = Nicknames.join(candidates, texts, gazetteer::isGivenName);
        candidates = PlaceGivenNames.join(candidates, other, texts, gazetteer::isGivenName);
        candidates = GivenNamesBefore.join(candidates, texts, gazetteer::isGivenName, gazetteer::isDemonym);
        candidates = NounClassPrefixes.join(candidates, texts);
        candidates = MaoriOf.join(candidates, texts);
        candidates = FamilyFirstNames.apply(candidates, texts);
        candidates = DoubleBarrelledNames.join(
                candidates,
                texts,
                gazetteer::isGivenName,
                name -> gazetteer.lookup(name).isPresent());
        candidates = NameParticles.join(candidates, texts, gazetteer::isGivenName);
        candidates = DemonymOrganisations.apply(candidates, texts);
        candidates = InstitutionHeads.extend(candidates, texts);
        candidates = ForeignInstitutionNames.apply(candidates, texts, code);
        candidates = CoordinatedNames.extend(candidates, texts, gazetteer::isPlaceName);
        candidates = StreetNames.apply(candidates, texts);
        candidates = NaturalFeatures.apply(candidates, texts, gazetteer::isDemonym);
        candidates = WorkTitles.drop(candidates, texts);
        candidates = StateAbbreviations.apply(candidates, texts);
        candidates = OlympicCodes.apply(candidates, texts, gazetteer);
        candidates = UnknownAcronyms.add(candidates, other, tokens);
        boolean sports = SportsContext.of(texts);
        candidates = sports
                ? StateTeams.join(ResultLines.add(ClubsByTown.retype(candidates, texts, gazetteer), texts), texts)
                : candidates;
        List<Span> chosen =
                SpanSelector.select(candidates, other, sports, gazetteer, texts, cased == null ? null : code);
        var entities = new EntityResolver(texts, gazetteer, sports).resolve(chosen, other, tokens, deadline);
        return new Tagging(entities, provenance(cased, caseless, coverage.note()));
    }

    /**
     * The model's names in a sentence. Where words are written in capitals ("Photo: TUNDE OGUNLEYE/AFP", a headline
     * in capitals) the caseless model's names in them are added, where the model for text as written found nothing.
     */
    private static void recognize(
            CrfRecognizer cased,
            CrfRecognizer caseless,
            Zone zone,
            List<Token> sentence,
            List<Span> candidates,
            List<Span> other) {
        int before = candidates.size();
        int otherBefore = other.size();
        cased.recognize(zone.name(), zone.text(), sentence, candidates, other);
        List<Span> capitals = caseless == null ? List.of() : Casing.capitalRuns(zone.name(), sentence);
        if (capitals.isEmpty()) {
            return;
        }
        List<Span> found = new ArrayList<>(candidates.subList(before, candidates.size()));
        found.addAll(other.subList(otherBefore, other.size()));
        List<Span> fromCapitals = new ArrayList<>();
        caseless.recognize(zone.name(), zone.text(), sentence, fromCapitals, new ArrayList<>());
        for (Span span : fromCapitals) {
            if (capitals.stream().anyMatch(run -> run.start() <= span.start() && span.end() <= run.end())
                    && found.stream().noneMatch(span::overlaps)) {
                candidates.add(span);
            }
        }
    }

    /**
     * Whether a word in small letters is a place's or a country's name ("germany" in a results table), as the list of
     * the world's place names and the gazetteers know them.
     */
    private boolean namesAPlace(String word) {
        String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        return gazetteer.isPlaceName(word) || gazetteer.isCountryName(capitalised);
    }

    /**
     * Whether the statistical model could find a name in the sentence: not when no word starts with a capital letter
     * (a line of punctuation, of lower-case noise). Skipping those costs nothing on news and bounds the work on
     * pathological text.
     */
    private static boolean mayHoldNames(List<Token> sentence) {
        for (Token token : sentence) {
            if (Character.isUpperCase(token.text().codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int enrichmentRevision() {
        return enrichmentRevision;
    }

    /** The provenance of an article's tags: the models that ran on it (none for a language without one). */
    private Provenance provenance(CrfRecognizer cased, CrfRecognizer caseless, Optional<String> note) {
        List<String> ran = new ArrayList<>();
        if (cased != null) {
            ran.add(CORENLP + cased.modelName());
        }
        if (caseless != null) {
            ran.add(CORENLP + caseless.modelName());
        }
        return new Provenance(
                NAME, VERSION, ran, gazetteer.version(), note.stream().toList());
    }
}
