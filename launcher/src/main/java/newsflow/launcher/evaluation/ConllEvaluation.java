package newsflow.launcher.evaluation;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a tagger on CoNLL documents: PER, ORG and LOC chunks, exact spans and types, micro-averaged as conlleval
 * does; other gold types (MISC) are left out. Documents are tagged on several threads; the report and the errors
 * keep the file's order.
 */
final class ConllEvaluation {

    static final Set<String> SCORED = Set.of("PER", "ORG", "LOC");

    private final DocumentTagger tagger;
    private final int threads;
    private final ChunkScores scores = new ChunkScores();
    private final List<String> errors = new ArrayList<>();
    private int unalignedLines;
    private int insideTokens;
    private int refused;

    ConllEvaluation(DocumentTagger tagger, int threads) {
        this.tagger = tagger;
        this.threads = threads;
    }

    /** Tags and scores every document, reporting progress on {@code err}. */
    ConllEvaluation run(List<ConllCorpus.Document> documents, PrintStream err) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "newsflow-evaluate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<DocumentTagger.Found>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            int done = 0;
            while (done < documents.size()) {
                while (submitted < documents.size() && inFlight.size() < 2 * threads + 2) {
                    ConllCorpus.Document document = documents.get(submitted++);
                    inFlight.add(workers.submit(() -> tagger.tag(document)));
                }
                score(documents.get(done), result(inFlight.poll()));
                done++;
                if (done % 50 == 0 || done == documents.size()) {
                    err.printf("evaluate: %d of %d documents%n", done, documents.size());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return this;
    }

    ChunkScores scores() {
        return scores;
    }

    List<String> errors() {
        return errors;
    }

    int unalignedLines() {
        return unalignedLines;
    }

    int insideTokens() {
        return insideTokens;
    }

    int refused() {
        return refused;
    }

    private void score(ConllCorpus.Document document, DocumentTagger.Found found) {
        Set<Chunk> gold = new HashSet<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            Chunk.of(s, document.sentences().get(s).tags()).stream()
                    .filter(chunk -> SCORED.contains(chunk.type()))
                    .forEach(gold::add);
        }
        unalignedLines += found.unalignedLines();
        insideTokens += found.insideTokens();
        if (found.refusal() != null) {
            refused++;
            errors.add(String.format(Locale.ROOT, "doc %d refused: %s", document.number(), found.refusal()));
        }
        Set<Chunk> all = new HashSet<>(found.chunks());
        all.addAll(found.misaligned());
        scores.add(gold, found.chunks(), found.misaligned(), document.tokens(), tokensRight(document, gold, all));
        listErrors(document, gold, found.chunks());
        for (Chunk chunk : found.misaligned()) {
            errors.add(String.format(
                    Locale.ROOT,
                    "doc %d sentence %d  %-18s %-30s | %s",
                    document.number(),
                    chunk.sentence() + 1,
                    "misaligned " + chunk.type(),
                    text(document, chunk),
                    sentenceText(document, chunk.sentence())));
        }
    }

    private static long tokensRight(ConllCorpus.Document document, Set<Chunk> gold, Set<Chunk> found) {
        Map<Long, String> goldTypes = typesByToken(gold);
        Map<Long, String> foundTypes = typesByToken(found);
        long right = 0;
        for (int s = 0; s < document.sentences().size(); s++) {
            for (int t = 0; t < document.sentences().get(s).tokens().size(); t++) {
                long key = ((long) s << 32) | t;
                if (String.valueOf(goldTypes.get(key)).equals(String.valueOf(foundTypes.get(key)))) {
                    right++;
                }
            }
        }
        return right;
    }

    private static Map<Long, String> typesByToken(Set<Chunk> chunks) {
        Map<Long, String> types = new HashMap<>();
        for (Chunk chunk : chunks) {
            for (int t = chunk.start(); t < chunk.end(); t++) {
                types.put(((long) chunk.sentence() << 32) | t, chunk.type());
            }
        }
        return types;
    }

    private void listErrors(ConllCorpus.Document document, Set<Chunk> gold, Set<Chunk> found) {
        Map<List<Integer>, String> foundSpans = new HashMap<>();
        found.forEach(chunk -> foundSpans.put(List.of(chunk.sentence(), chunk.start(), chunk.end()), chunk.type()));
        Map<List<Integer>, String> goldSpans = new HashMap<>();
        gold.forEach(chunk -> goldSpans.put(List.of(chunk.sentence(), chunk.start(), chunk.end()), chunk.type()));
        List<Chunk> wrong = new ArrayList<>();
        gold.stream().filter(chunk -> !found.contains(chunk)).forEach(wrong::add);
        found.stream()
                .filter(chunk -> !gold.contains(chunk)
                        && !goldSpans.containsKey(List.of(chunk.sentence(), chunk.start(), chunk.end())))
                .forEach(wrong::add);
        wrong.sort(Comparator.comparingInt(Chunk::sentence).thenComparingInt(Chunk::start));
        for (Chunk chunk : wrong) {
            List<Integer> span = List.of(chunk.sentence(), chunk.start(), chunk.end());
            String text = text(document, chunk);
            String kind;
            if (gold.contains(chunk)
                    || goldSpans.get(span) != null && goldSpans.get(span).equals(chunk.type())) {
                kind = foundSpans.containsKey(span)
                        ? "typed " + foundSpans.get(span) + ", gold " + chunk.type()
                        : "missed " + chunk.type();
            } else {
                kind = "extra " + chunk.type();
            }
            errors.add(String.format(
                    Locale.ROOT,
                    "doc %d sentence %d  %-18s %-30s | %s",
                    document.number(),
                    chunk.sentence() + 1,
                    kind,
                    text,
                    sentenceText(document, chunk.sentence())));
        }
    }

    private static String text(ConllCorpus.Document document, Chunk chunk) {
        return String.join(
                " ", document.sentences().get(chunk.sentence()).tokens().subList(chunk.start(), chunk.end()));
    }

    private static String sentenceText(ConllCorpus.Document document, int sentence) {
        String line = String.join(" ", document.sentences().get(sentence).tokens());
        return line.length() > 140 ? line.substring(0, 140) + "…" : line;
    }

    private static DocumentTagger.Found result(Future<DocumentTagger.Found> next) {
        try {
            return next.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException("tagging a document failed: " + ex.getCause(), ex.getCause());
        }
    }
}
