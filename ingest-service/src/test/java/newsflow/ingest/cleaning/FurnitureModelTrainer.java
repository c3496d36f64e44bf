package newsflow.ingest.cleaning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.ingest.cleaning.furniture.Block;
import newsflow.ingest.cleaning.furniture.BlockRoles;
import newsflow.ingest.cleaning.furniture.Publication;
import newsflow.ingest.cleaning.linemodel.FurnitureLineModel;
import newsflow.ingest.cleaning.linemodel.LineFeatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains {@link FurnitureLineModel} on annotated web pages (launcher's {@code websets/}, described in its README) and
 * measures it. Each page is cut into blocks as the cleaner cuts it and its blocks get the furniture rules' roles; a
 * block is furniture when it is, or is part of, a furniture item the annotator listed, article text when it is not and
 * holds a mention of the page's real content, and left out of training otherwise (the annotators list only the
 * furniture that names something). Logistic regression, L2, AdaGrad, a fixed seed: the same pages give the same model.
 *
 * <pre>
 * java ... FurnitureModelTrainer [--folds] [--evaluate HELDOUT.jsonl] [--threshold P] [--write MODEL.tsv] TRAIN.jsonl...
 * </pre>
 *
 * {@code --folds} leaves each round of dev pages out in turn (the first 12 pages, then each 18 written together) and
 * prints what the model trained on the others catches there; {@code --evaluate} does so for a held-out file;
 * {@code --write} trains on all the pages and writes the model with the threshold.
 */
public final class FurnitureModelTrainer {

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97};
    private static final Pattern NUMBER = Pattern.compile("-(\\d+)$");
    private static final double SHOWN = 0.85;
    private static final int EPOCHS = 20;
    private static final double RATE = 0.2;
    private static final double L2 = 1e-5;
    /** Weights smaller than this are left out of the model: they change no decision and would only take memory. */
    private static final double MIN_WEIGHT = 0.05;

    /** A labelled block: its features and whether it is furniture. */
    record Example(Set<String> features, boolean furniture) {}

    /**
     * A page's blocks, the rules' roles, and each block's label: furniture (true), article text (false) or neither
     * (null).
     */
    record LabelledPage(String id, List<Block> blocks, Block.Role[] roles, Boolean[] labels) {

        List<Example> examples() {
            LineFeatures features = new LineFeatures(blocks, roles);
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (labels[i] != null) {
                    examples.add(new Example(features.of(i), labels[i]));
                }
            }
            return examples;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Path> train = new ArrayList<>();
        Path evaluate = null;
        Path write = null;
        boolean folds = false;
        double threshold = 0.85;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = true;
                case "--evaluate" -> evaluate = Path.of(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                default -> train.add(Path.of(args[i]));
            }
        }
        List<LabelledPage> pages = new ArrayList<>();
        for (Path file : train) {
            pages.addAll(pages(file));
        }
        List<Example> examples = examples(withCleanCopies(pages));
        System.out.printf(
                "%d labelled blocks from %s: %d furniture, %d text%n",
                examples.size(),
                train,
                examples.stream().filter(Example::furniture).count(),
                examples.stream().filter(e -> !e.furniture()).count());
        if (folds) {
            Map<Integer, List<LabelledPage>> byRound = new TreeMap<>();
            pages.forEach(page -> byRound.computeIfAbsent(round(page.id()), r -> new ArrayList<>())
                    .add(page));
            for (var fold : byRound.entrySet()) {
                List<LabelledPage> rest = pages.stream()
                        .filter(page -> round(page.id()) != fold.getKey())
                        .toList();
                report("round " + fold.getKey(), train(examples(withCleanCopies(rest)), 0.5), fold.getValue());
            }
        }
        if (evaluate != null) {
            report(evaluate.getFileName().toString(), train(examples, 0.5), pages(evaluate));
        }
        if (write != null) {
            FurnitureLineModel model = train(examples, threshold);
            model.write(
                    write,
                    List.of(
                            "Furniture line model of newsflow's cleaner (FurnitureLineModel): logistic regression weights over",
                            "LineFeatures, and the probability from which a block the rules left as text becomes furniture.",
                            "Trained on " + LocalDate.now() + " by FurnitureModelTrainer on "
                                    + train.stream()
                                            .map(path -> path.getFileName().toString())
                                            .toList() + " (" + examples.size()
                                    + " labelled blocks),",
                            "newsflow's own annotated web pages (launcher/src/test/resources/websets), GPL-3.0-or-later.",
                            "Rebuild: mvn -B -q -pl ingest-service test-compile exec:exec@train-furniture-model"));
            System.out.println("wrote " + write);
        }
    }

    /** Furniture caught and text cut among the labelled blocks the rules left as text, at each threshold. */
    private static void report(String name, FurnitureLineModel model, List<LabelledPage> pages) {
        long open = 0;
        long furniture = 0;
        for (LabelledPage page : pages) {
            for (int i = 0; i < page.labels().length; i++) {
                if (page.labels()[i] != null && page.roles()[i] == Block.Role.TEXT) {
                    open++;
                    furniture += page.labels()[i] ? 1 : 0;
                }
            }
        }
        System.out.printf(
                "%s: %d labelled blocks the rules left as text, %d of them furniture%n", name, open, furniture);
        for (double threshold : THRESHOLDS) {
            int caught = 0;
            int cut = 0;
            List<String> shown = new ArrayList<>();
            for (LabelledPage page : pages) {
                boolean[] decided = model.withThreshold(threshold)
                        .decide(page.blocks(), page.roles().clone());
                for (int i = 0; i < decided.length; i++) {
                    if (decided[i] && page.labels()[i] != null) {
                        caught += page.labels()[i] ? 1 : 0;
                        cut += page.labels()[i] ? 0 : 1;
                        shown.add((page.labels()[i] ? "    FURN " : "    TEXT ") + page.id() + "  "
                                + page.blocks().get(i).text());
                    }
                }
            }
            System.out.printf(
                    "  p >= %.2f: furniture caught %d of %d, text cut %d%n", threshold, caught, furniture, cut);
            if (threshold == SHOWN) {
                shown.forEach(System.out::println);
            }
        }
    }

    /**
     * The pages and, for each, a copy without its furniture: publishers send clean articles too, and a model that saw
     * only pages with furniture at both ends would learn that an article's first and last lines are furniture.
     */
    static List<LabelledPage> withCleanCopies(List<LabelledPage> pages) {
        List<LabelledPage> all = new ArrayList<>(pages);
        for (LabelledPage page : pages) {
            List<Block> blocks = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int i = 0; i < page.blocks().size(); i++) {
                if (!Boolean.TRUE.equals(page.labels()[i]) && page.roles()[i] != Block.Role.FURNITURE) {
                    blocks.add(page.blocks().get(i));
                    labels.add(page.labels()[i]);
                }
            }
            all.add(new LabelledPage(
                    page.id() + "-clean", blocks, BlockRoles.classify(blocks), labels.toArray(Boolean[]::new)));
        }
        return all;
    }

    private static List<Example> examples(List<LabelledPage> pages) {
        return pages.stream().flatMap(page -> page.examples().stream()).toList();
    }

    static FurnitureLineModel train(List<Example> examples, double threshold) {
        Map<String, double[]> state = new HashMap<>(); // weight, sum of squared gradients
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(20261205);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                double sum = 0;
                for (String feature : example.features()) {
                    double[] w = state.get(feature);
                    sum += w == null ? 0 : w[0];
                }
                double p = 1 / (1 + Math.exp(-sum));
                double gradient = p - (example.furniture() ? 1 : 0);
                for (String feature : example.features()) {
                    double[] w = state.computeIfAbsent(feature, f -> new double[2]);
                    double g = gradient + L2 * w[0];
                    w[1] += g * g;
                    w[0] -= RATE * g / Math.sqrt(w[1] + 1e-8);
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        state.forEach((feature, w) -> {
            if (Math.abs(w[0]) >= MIN_WEIGHT) {
                weights.put(feature, w[0]);
            }
        });
        return new FurnitureLineModel(weights, threshold);
    }

    static List<LabelledPage> pages(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode page = json.readTree(line);
            JsonNode article = page.get("article");
            String body = article.get("body").asString();
            Page read = "text/html".equals(article.get("contentType").asString())
                    ? HtmlPages.read(body)
                    : PlainTextPages.read(body);
            String title = article.hasNonNull("title") ? article.get("title").asString() : null;
            Publication publication = Publication.of(
                    article.get("source").asString(),
                    article.hasNonNull("url") ? article.get("url").asString() : null);
            List<Block> blocks = ZoneAssigner.split(title, read, publication).blocks();
            Block.Role[] roles = BlockRoles.classify(blocks, publication);
            List<String> furniture = new ArrayList<>();
            page.get("furniture").forEach(item -> furniture.add(normal(item.asString())));
            List<String> mentions = new ArrayList<>();
            page.get("entities")
                    .forEach(entity ->
                            entity.get("mentions").forEach(mention -> mentions.add(normal(mention.asString()))));
            Boolean[] labels = new Boolean[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                String text = normal(blocks.get(i).text());
                boolean listed = furniture.stream().anyMatch(item -> item.contains(text) || text.contains(item));
                boolean named = mentions.stream().anyMatch(text::contains);
                labels[i] = listed ? Boolean.TRUE : named ? Boolean.FALSE : null;
            }
            pages.add(new LabelledPage(page.get("id").asString(), blocks, roles, labels));
        }
        return pages;
    }

    /** The round of writing a page belongs to: the first 12 dev pages, then each 18 pages written together. */
    private static int round(String page) {
        Matcher number = NUMBER.matcher(page);
        if (!number.find()) {
            return -1;
        }
        int n = Integer.parseInt(number.group(1));
        return n <= 12 ? 0 : (n - 13) / 18 + 1;
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
