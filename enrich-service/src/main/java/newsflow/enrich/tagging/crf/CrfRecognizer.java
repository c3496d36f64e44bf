package newsflow.enrich.tagging.crf;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Token;

/**
 * Stanford CoreNLP's CRF named-entity model, driven directly (no annotator pipeline) through
 * {@code classifySentence}, which applies the model's own input preprocessing. Thread-safe.
 */
final class CrfRecognizer {

    private static final String MISC = "MISC";
    /** Articles in English, German, French and Spanish, and the French elided forms. */
    private static final Set<String> ARTICLES = Set.of(
            "the", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "l'", "l’", "d'", "d’", "el", "los",
            "las");
    /** Prepositions, and prepositions with an article, that the model sometimes takes into the name after them. */
    private static final Set<String> LEADING_WORDS =
            Set.of("du", "de", "à", "au", "aux", "en", "del", "al", "im", "am", "vom", "zum", "zur", "beim");
    /** Honorifics before a person's name: the name is what follows ("Mme Vautrin" is Vautrin). */
    private static final Set<String> HONORIFICS = Set.of(
            "M.", "MM.", "Mme", "Mmes", "Mlle", "Herr", "Frau", "Dr", "Dr.", "Prof", "Prof.", "Sr.", "Sra.", "Srta.",
            "Don", "Doña", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.");
    /** A quotation mark or a dash, which the model sometimes takes into a name: "” Hue said", "1–0". */
    private static final Pattern QUOTE_OR_DASH = Pattern.compile("[\\p{Pd}\\p{Pi}\\p{Pf}\"'«»„‚]+");
    /** A French elided article written inside the token of the name: "L'Europe", "d'Italie". */
    private static final Pattern ELIDED = Pattern.compile("[LlDd]['’]\\p{Lu}");

    private static final Set<String> CAPITALISED_ARTICLES =
            Set.of("The", "THE", "Der", "Die", "Das", "Den", "Dem", "Le", "La", "Les", "L'", "L’", "El", "Los", "Las");

    private final CRFClassifier<CoreLabel> classifier;
    private final String modelName;
    private final boolean english;

    private CrfRecognizer(CRFClassifier<CoreLabel> classifier, String modelName) {
        this.classifier = classifier;
        this.modelName = modelName;
        this.english = modelName.startsWith("english");
    }

    /** Loads a serialised CRF model (gzipped) from the classpath. */
    static CrfRecognizer load(String resource) {
        try (InputStream in = CrfRecognizer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("NER model missing from the classpath: " + resource);
            }
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16));
            String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".ser.gz", "");
            return new CrfRecognizer(classifier, name);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not read NER model " + resource, ex);
        } catch (ClassNotFoundException | ClassCastException ex) {
            throw new IllegalStateException("not a CRF model: " + resource, ex);
        }
    }

    String modelName() {
        return modelName;
    }

    /**
     * What the model finds in one sentence: names, runs of tokens with the same PERSON, ORGANIZATION or LOCATION
     * tag, added to {@code names}; and the runs it tags MISC (events, works, nationalities: "U.S. Open", "Atlanta
     * Games"), added to {@code other}, which are no entity of newsflow's but tell that a place name inside them is
     * not a mention of the place.
     */
    void recognize(ZoneName zone, String zoneText, List<Token> sentence, List<Span> names, List<Span> other) {
        List<CoreLabel> words = new ArrayList<>(sentence.size());
        for (Token token : sentence) {
            var label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            words.add(label);
        }
        List<CoreLabel> tagged = classifier.classifySentence(words);
        String[] kinds = new String[tagged.size()];
        boolean[] begins = new boolean[tagged.size()];
        for (int k = 0; k < kinds.length; k++) {
            String answer = tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class);
            kinds[k] = kindOf(answer);
            begins[k] = answer != null && answer.startsWith("B-");
        }
        int i = 0;
        while (i < kinds.length) {
            String kind = kinds[i];
            int j = i + 1;
            while (j < kinds.length && kind != null && kind.equals(kinds[j]) && !begins[j]) {
                j++;
            }
            EntityType type = typeOf(kind);
            if (type != null) {
                name(zone, zoneText, sentence, i, j, type, english).ifPresent(names::add);
            } else if (MISC.equals(kind)) {
                int start = sentence.get(i).start();
                int end = sentence.get(j - 1).end();
                other.add(new Span(
                        zone, start, end, zoneText.substring(start, end), null, null, MentionForm.NAME, j - i));
            }
            i = j;
        }
    }

    /**
     * The name in tokens {@code from} to {@code to}, without a leading article, preposition or (for a person)
     * honorific that the model took in ("the", "der", "la", "d'", "du", "à", "Mme"), nor a capitalised article that
     * starts the sentence, nor quotation marks or dashes at either end ("” Hue said"; a lone "–" is no name). A
     * capitalised article within a sentence, or a possessive, that the model took in is part of the name: "at The
     * Oval", "Lord's", "Boatmen's".
     */
    private static Optional<Span> name(
            ZoneName zone, String zoneText, List<Token> sentence, int from, int to, EntityType type, boolean english) {
        int first = from;
        int last = to - 1;
        while (first < last
                && (ARTICLES.contains(sentence.get(first).text())
                        || !english
                                && LEADING_WORDS.contains(sentence.get(first).text())
                        || !english
                                && type == EntityType.PERSON
                                && HONORIFICS.contains(sentence.get(first).text()))) {
            first++;
        }
        if (first == 0
                && first < last
                && CAPITALISED_ARTICLES.contains(sentence.get(first).text())) {
            first++;
        }
        while (first <= last && isQuoteOrDash(sentence.get(first).text())) {
            first++;
        }
        while (last >= first && isQuoteOrDash(sentence.get(last).text())) {
            last--;
        }
        if (first > last
                || first == last && ARTICLES.contains(sentence.get(first).text())) {
            return Optional.empty();
        }
        int start = sentence.get(first).start();
        int end = sentence.get(last).end();
        String text = zoneText.substring(start, end);
        if (ELIDED.matcher(text).lookingAt()) {
            start += 2; // "L'Europe" in one token is Europe
        }
        return Optional.of(new Span(
                zone, start, end, zoneText.substring(start, end), type, null, MentionForm.NAME, last - first + 1));
    }

    private static boolean isQuoteOrDash(String token) {
        return QUOTE_OR_DASH.matcher(token).matches();
    }

    /**
     * The kind of name a model's answer tags, whatever the model's label set: PERSON, ORGANIZATION, LOCATION or MISC
     * for the English, German and Spanish models' labels and for the French model's IOB labels ("B-PER", "I-LOC").
     */
    private static String kindOf(String answer) {
        if (answer == null) {
            return null;
        }
        String label = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(2) : answer;
        return switch (label) {
            case "PERSON", "PER", "PERS" -> "PERSON";
            case "ORGANIZATION", "ORG" -> "ORGANIZATION";
            case "LOCATION", "LOC", "LUG" -> "LOCATION";
            case "MISC", "OTROS" -> MISC;
            default -> null;
        };
    }

    private static EntityType typeOf(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
