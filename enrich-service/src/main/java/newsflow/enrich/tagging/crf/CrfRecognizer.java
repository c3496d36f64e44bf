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
import java.util.zip.GZIPInputStream;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.mentions.Span;

/**
 * Stanford CoreNLP's CRF named-entity model, driven directly (no annotator pipeline) through
 * {@code classifySentence}, which applies the model's own input preprocessing. Thread-safe.
 */
final class CrfRecognizer {

    private static final String MISC = "MISC";
    private static final Set<String> DETERMINERS = Set.of("The", "THE");

    private final CRFClassifier<CoreLabel> classifier;
    private final String modelName;

    private CrfRecognizer(CRFClassifier<CoreLabel> classifier, String modelName) {
        this.classifier = classifier;
        this.modelName = modelName;
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
        }
        catch (IOException ex) {
            throw new UncheckedIOException("could not read NER model " + resource, ex);
        }
        catch (ClassNotFoundException | ClassCastException ex) {
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
        int i = 0;
        while (i < tagged.size()) {
            String answer = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            int j = i + 1;
            while (j < tagged.size() && answer != null
                    && answer.equals(tagged.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            EntityType type = typeOf(answer);
            if (type != null) {
                name(zone, zoneText, sentence, i, j, type).ifPresent(names::add);
            }
            else if (MISC.equals(answer)) {
                int start = sentence.get(i).start();
                int end = sentence.get(j - 1).end();
                other.add(new Span(zone, start, end, zoneText.substring(start, end), null, null, MentionForm.NAME,
                        j - i));
            }
            i = j;
        }
    }

    /**
     * The name in tokens {@code from} to {@code to}, without a leading "the" that the model took in, nor a "The" that
     * starts the sentence. A capitalised "The" within a sentence, or a possessive, that the model took in is part of
     * the name: "at The Oval", "Lord's", "Boatmen's".
     */
    private static Optional<Span> name(ZoneName zone, String zoneText, List<Token> sentence, int from, int to,
            EntityType type) {
        int first = from;
        int last = to - 1;
        while (first <= last && sentence.get(first).text().equals("the")) {
            first++;
        }
        if (first == 0 && first <= last && DETERMINERS.contains(sentence.get(first).text())) {
            first++;
        }
        if (first > last) {
            return Optional.empty();
        }
        int start = sentence.get(first).start();
        int end = sentence.get(last).end();
        return Optional.of(new Span(zone, start, end, zoneText.substring(start, end), type, null, MentionForm.NAME,
                last - first + 1));
    }

    private static EntityType typeOf(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }
}
