package newsflow.ingest.cleaning.linemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;

/**
 * A learned second opinion on page furniture: a logistic regression over {@link LineFeatures}, trained on newsflow's
 * annotated web pages, that turns a block the furniture rules left as text into furniture when it is sure enough.
 * Six blind sets of pages showed the rules catching the furniture they were written for and missing each new set's
 * new wordings; the model learns what furniture has in common instead (its words, its shape, where it stands). Its
 * weights and its threshold are a resource, {@value #RESOURCE}, written by {@code FurnitureModelTrainer}.
 */
public final class FurnitureLineModel {

    static final String RESOURCE = "/newsflow/ingest/cleaning/furniture-line-model.tsv";
    private static final String THRESHOLD = "@threshold";
    private static final int MIN_TABLE_ROWS = 3;
    /**
     * A match report's data after its last paragraph, never furniture whatever the model makes of it: "Scorer:
     * Lauritzen 53. Attendance: 36,112.", "Scorers: Rapid — Hofbauer 34", "Tries: …", "Referee: …".
     */
    private static final Pattern MATCH_DATA = Pattern.compile("(?i)(?:scorers?|goals?|goalscorers?|tries|try|"
            + "conversions?|penalties|attendance|referee|crowd|half-time|sent off|red cards?|booked|bookings|"
            + "man of the match|player of the match)\\s*(?:[:—–]|\\(|-\\s)");

    private static final FurnitureLineModel STANDARD = resource(RESOURCE);

    private final Map<String, Double> weights;
    private final double threshold;

    public FurnitureLineModel(Map<String, Double> weights, double threshold) {
        this.weights = new HashMap<>(weights);
        this.threshold = threshold;
    }

    /** The model newsflow ships. */
    public static FurnitureLineModel standard() {
        return STANDARD;
    }

    /**
     * Marks as furniture each text block the model is sure of, the others keep their roles. The model judges only
     * blocks that do not read as the article's reporting ({@link LineFeatures#readsAsReporting}) on a page with an
     * article of two paragraphs or more, and never the first text block (a scraped page's standfirst); before the
     * article's last paragraph or sentence of reporting ({@value LineFeatures#SENTENCE_WORDS} words or more), only
     * blocks shaped as bars, rows and teasers (separators such as "·", "|" and "→"), for sub-headings, the items of a
     * list and wire copy's datelines and results lines ("Leicester : Leicestershire beat Somerset …") stand there too;
     * and a run of {@value #MIN_TABLE_ROWS} or more text blocks right after the last paragraph stays text, a table of
     * the article's own (a stage's results), as does a match report's data ("Scorers: …", "Attendance: …"). After
     * it, the model judges every block that does not read as reporting.
     */
    public void mark(List<Block> blocks, Block.Role[] roles) {
        boolean[] furniture = decide(blocks, roles);
        for (int i = 0; i < roles.length; i++) {
            if (furniture[i]) {
                roles[i] = Block.Role.FURNITURE;
            }
        }
    }

    /** Which blocks {@link #mark} would turn into furniture. */
    public boolean[] decide(List<Block> blocks, Block.Role[] roles) {
        LineFeatures features = new LineFeatures(blocks, roles);
        boolean[] judged = new boolean[roles.length];
        boolean[] sure = new boolean[roles.length];
        int last = -1;
        int paragraphs = 0;
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Block.Role.TEXT) {
                continue;
            }
            String text = blocks.get(i).text();
            boolean reporting = LineFeatures.readsAsReporting(text);
            int words = features.words(i);
            boolean paragraph = LineFeatures.isParagraph(text, words);
            if (paragraph && !reporting) {
                judged[i] = true;
                sure[i] = probability(features.of(i)) >= threshold;
                paragraph = !sure[i];
            }
            judged[i] |= reporting;
            paragraphs += paragraph ? 1 : 0;
            if (paragraph || (reporting && LineFeatures.isSentence(words))) {
                last = i;
            }
        }
        boolean[] furniture = new boolean[roles.length];
        if (paragraphs < 2) {
            return furniture;
        }
        int standfirst = firstText(roles);
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Block.Role.TEXT
                    || i == standfirst
                    || (i < last && !LineFeatures.hasBarSeparator(blocks.get(i).text()))
                    || MATCH_DATA.matcher(blocks.get(i).text()).lookingAt()) {
                continue;
            }
            if (!judged[i]) {
                sure[i] = probability(features.of(i)) >= threshold;
            }
            furniture[i] = sure[i];
        }
        int end = last + 1;
        while (end < roles.length && roles[end] == Block.Role.TEXT) {
            end++;
        }
        if (end - (last + 1) >= MIN_TABLE_ROWS) {
            Arrays.fill(furniture, last + 1, end, false);
        }
        return furniture;
    }

    /** The first text block, which a scraped page's standfirst is; or -1. */
    private static int firstText(Block.Role[] roles) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Block.Role.TEXT) {
                return i;
            }
        }
        return -1;
    }

    /** The same weights with another threshold. */
    public FurnitureLineModel withThreshold(double threshold) {
        return new FurnitureLineModel(weights, threshold);
    }

    /** The probability that a block with these features is furniture. */
    public double probability(Set<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    public double threshold() {
        return threshold;
    }

    /** Writes the model as its resource is read: the header's lines as comments, the threshold, then the weights. */
    public void write(Path file, List<String> header) throws IOException {
        List<String> lines = new ArrayList<>();
        header.forEach(line -> lines.add("# " + line));
        lines.add(THRESHOLD + "\t" + threshold);
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.comparingDouble(Math::abs))
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(weight ->
                        lines.add(weight.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", weight.getValue())));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static FurnitureLineModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FurnitureLineModel resource(String resource) {
        try (InputStream in = FurnitureLineModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FurnitureLineModel read(InputStream in, String name) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        double threshold = Double.NaN;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            double value = Double.parseDouble(line.substring(tab + 1));
            String feature = line.substring(0, tab);
            if (feature.equals(THRESHOLD)) {
                threshold = value;
            } else {
                weights.put(feature, value);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalStateException(name + " has no " + THRESHOLD + " line");
        }
        return new FurnitureLineModel(weights, threshold);
    }
}
