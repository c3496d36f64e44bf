package newsflow.launcher.evaluation;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A CoreNLP CRF model alone, for comparison: each sentence's own tokens through {@code classifySentence} (which
 * applies the model's preprocessing), no cleaning, no gazetteers, no rules. Its PERSON, ORGANIZATION and LOCATION
 * runs (B-PER, I-ORG ... for the French model) are PER, ORG and LOC; MISC is left out, as in the gold standard.
 */
final class BareCrfTagger implements DocumentTagger {

    private final CRFClassifier<CoreLabel> classifier;
    private final String model;

    private BareCrfTagger(CRFClassifier<CoreLabel> classifier, String model) {
        this.classifier = classifier;
        this.model = model;
    }

    /** Loads a serialised, gzipped CRF model from a file, or else from the classpath. */
    static BareCrfTagger load(String model) {
        try (InputStream in = open(model)) {
            return new BareCrfTagger(CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16)), model);
        } catch (IOException ex) {
            throw new UncheckedIOException("could not read the CRF model " + model, ex);
        } catch (ClassNotFoundException | ClassCastException ex) {
            throw new IllegalArgumentException("not a CoreNLP CRF model: " + model, ex);
        }
    }

    private static InputStream open(String model) throws IOException {
        Path file = Path.of(model);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream in = BareCrfTagger.class.getClassLoader().getResourceAsStream(model);
        if (in == null) {
            throw new IllegalArgumentException("no CRF model file or classpath resource " + model);
        }
        return in;
    }

    @Override
    public Found tag(ConllCorpus.Document document) {
        Set<Chunk> chunks = new HashSet<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<CoreLabel> words = new ArrayList<>();
            for (String token : document.sentences().get(s).tokens()) {
                var label = new CoreLabel();
                label.setWord(token);
                label.setValue(token);
                words.add(label);
            }
            List<String> tags = new ArrayList<>();
            for (CoreLabel label : classifier.classifySentence(words)) {
                tags.add(tag(String.valueOf(label.get(CoreAnnotations.AnswerAnnotation.class))));
            }
            chunks.addAll(Chunk.of(s, tags));
        }
        return new Found(chunks, Set.of(), 0, 0, null);
    }

    /**
     * The model's answer as a tag of the scored types: the English, German and Spanish models' PERSON, ORGANIZATION
     * and LOCATION, and the French model's IOB tags (B-PER, I-LOC), keeping where a name begins.
     */
    private static String tag(String answer) {
        String prefix = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(0, 2) : "";
        String type = switch (prefix.isEmpty() ? answer : answer.substring(2)) {
            case "PERSON", "PER", "PERS" -> "PER";
            case "ORGANIZATION", "ORG" -> "ORG";
            case "LOCATION", "LOC", "LUG" -> "LOC";
            default -> null;
        };
        return type == null ? "O" : prefix + type;
    }

    @Override
    public String description() {
        return "the bare CRF " + model + " on the file's own tokens";
    }
}
