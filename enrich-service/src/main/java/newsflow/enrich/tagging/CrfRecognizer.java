package newsflow.enrich.tagging;

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

/**
 * Stanford CoreNLP's CRF named-entity model, driven directly (no annotator pipeline) through
 * {@code classifySentence}, which applies the model's own input preprocessing. Thread-safe.
 */
final class CrfRecognizer {

    private static final Set<String> DETERMINERS = Set.of("the", "The", "THE");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

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

    /** The names the model finds in one sentence: runs of tokens with the same PERSON, ORGANIZATION or LOCATION tag. */
    List<Span> recognize(ZoneName zone, String zoneText, List<Token> sentence) {
        List<CoreLabel> words = new ArrayList<>(sentence.size());
        for (Token token : sentence) {
            var label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            words.add(label);
        }
        List<CoreLabel> tagged = classifier.classifySentence(words);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tagged.size()) {
            EntityType type = typeOf(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            int j = i + 1;
            while (type != null && j < tagged.size()
                    && type == typeOf(tagged.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            if (type != null) {
                name(zone, zoneText, sentence, i, j, type).ifPresent(spans::add);
            }
            i = j;
        }
        return spans;
    }

    /**
     * The name in tokens {@code from} to {@code to}, without a leading "the" or a trailing possessive the model
     * sometimes takes in ("the Netherlands"), so that the name lines up with the gazetteer's forms.
     */
    private static Optional<Span> name(ZoneName zone, String zoneText, List<Token> sentence, int from, int to,
            EntityType type) {
        int first = from;
        int last = to - 1;
        while (first <= last && DETERMINERS.contains(sentence.get(first).text())) {
            first++;
        }
        while (last >= first && POSSESSIVES.contains(sentence.get(last).text())) {
            last--;
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
