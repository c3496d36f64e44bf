package newsflow.launcher.evaluation;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts for conlleval-style scores: per type, the gold chunks, the chunks found and those found exactly (same
 * sentence, tokens and type); and per token, how many tokens got their gold type (or none).
 */
final class ChunkScores {

    /** One type's counts. */
    record Counts(long gold, long found, long correct) {

        Counts plus(Counts other) {
            return new Counts(gold + other.gold, found + other.found, correct + other.correct);
        }

        double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private long tokens;
    private long tokensRight;

    /**
     * Adds one document's chunks: gold and found must use the scored types only; misaligned chunks were found but
     * cannot be right.
     */
    synchronized void add(
            Set<Chunk> gold, Set<Chunk> found, Set<Chunk> misaligned, long documentTokens, long documentTokensRight) {
        for (Chunk chunk : gold) {
            byType.merge(chunk.type(), new Counts(1, 0, found.contains(chunk) ? 1 : 0), Counts::plus);
        }
        for (Chunk chunk : found) {
            byType.merge(chunk.type(), new Counts(0, 1, 0), Counts::plus);
        }
        for (Chunk chunk : misaligned) {
            byType.merge(chunk.type(), new Counts(0, 1, 0), Counts::plus);
        }
        tokens += documentTokens;
        tokensRight += documentTokensRight;
    }

    Counts type(String type) {
        return byType.getOrDefault(type, new Counts(0, 0, 0));
    }

    Counts overall() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** The scores as conlleval prints them, with the gold count of each type added. */
    void print(PrintStream out, String scoredTypes) {
        Counts all = overall();
        out.printf(
                Locale.ROOT,
                "processed %d tokens with %d phrases (%s); found: %d phrases; correct: %d.%n",
                tokens,
                all.gold(),
                scoredTypes,
                all.found(),
                all.correct());
        out.printf(
                Locale.ROOT,
                "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
                tokens == 0 ? 0 : 100.0 * tokensRight / tokens,
                100 * all.precision(),
                100 * all.recall(),
                100 * all.f1());
        byType.forEach((type, counts) -> out.printf(
                Locale.ROOT,
                "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  found %d, gold %d%n",
                type,
                100 * counts.precision(),
                100 * counts.recall(),
                100 * counts.f1(),
                counts.found(),
                counts.gold()));
    }
}
