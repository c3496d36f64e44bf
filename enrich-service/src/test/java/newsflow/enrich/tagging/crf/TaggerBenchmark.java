package newsflow.enrich.tagging.crf;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.enrich.evaluation.DevSet;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.ZoneTokenizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The speed and memory benchmark of the tagger: tags a corpus of ~600-token articles made from the dev set's texts
 * with the full tagger and with the bare CoreNLP CRF classifier ({@code classifySentence} on the same sentences), on
 * 1 and 2 threads, and prints tokens/s and articles/s per thread and for the process, the heap used by the loaded
 * tagger, the model's load time, and the time enrich-service takes to be ready. Run it with
 * {@code mvn -B -q -o -pl enrich-service test-compile exec:exec@benchmark [-Dbenchmark.seconds=20]}; it runs with
 * -Xmx1536m and -XX:-DontCompileHugeMethods, as the service should ({@link HugeMethods}).
 *
 * <p>Two measurements per thread count:
 * <ul>
 * <li><b>interleaved</b>, for the full tagger against the bare CRF: each thread tags an article with one, then the
 * same article with the other (the first one changing every article), and each is timed on its own. Both then run
 * under the same compiled code, heap and machine load, which measuring them one after the other does not give:
 * on this virtual machine that swung the ratio between 48% and 94% from run to run;</li>
 * <li><b>alone</b>: only the full tagger, on every thread, for the articles per second the service sustains.</li>
 * </ul>
 */
public final class TaggerBenchmark {

    private static final int WARM_UP_SECONDS = 30;

    private TaggerBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        long loadStart = System.nanoTime();
        CrfGazetteerTagger tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfterLoad = heapUsedAfterGc();
        CRFClassifier<CoreLabel> bare = bareClassifier();
        List<List<Zone>> corpus = BenchmarkCorpus.articles(DevSet.load(), 600);
        List<List<List<CoreLabel>>> sentences =
                corpus.stream().map(BenchmarkCorpus::sentences).toList();
        long[] tokens = sentences.stream()
                .mapToLong(article -> article.stream().mapToLong(List::size).sum())
                .toArray();
        IntConsumer bareWork = i -> sentences.get(i).forEach(bare::classifySentence);
        IntConsumer fullWork = i -> tagger.tag(corpus.get(i), "en", TaggingDeadline.NONE);
        var out = System.out;
        out.printf(
                Locale.ROOT,
                "corpus: %d articles, %.0f tokens per article; %.0f s per measurement after a "
                        + "warm-up; %d cores; huge methods compiled: %s%n%n",
                corpus.size(),
                Arrays.stream(tokens).average().orElse(0),
                seconds,
                Runtime.getRuntime().availableProcessors(),
                HugeMethods.compiled().map(String::valueOf).orElse("unknown"));
        warmUp(tokens, bareWork, fullWork);
        out.println("| what | threads | tokens/s per thread | tokens/s process | articles/s process | vs bare CRF |");
        out.println("|---|---|---|---|---|---|");
        for (int threads : new int[] {1, 2}) {
            Rate[] interleaved = measure(threads, seconds, tokens, bareWork, fullWork);
            Rate alone = measure(threads, seconds, tokens, fullWork)[0];
            row(out, "bare CRF classifySentence, interleaved", threads, interleaved[0], 1);
            row(
                    out,
                    "full tagger, interleaved",
                    threads,
                    interleaved[1],
                    interleaved[1].tokens() / interleaved[0].tokens());
            row(out, "full tagger, alone", threads, alone, Double.NaN);
        }
        out.printf(
                Locale.ROOT,
                "%nmodel and gazetteers loaded in %.1f s; heap used after load and GC: %d MB "
                        + "(tagger only, English, -Xmx1536m)%n",
                loadSeconds,
                heapAfterLoad / (1024 * 1024));
        languages(tagger, seconds, out);
        out.printf(
                Locale.ROOT,
                "enrich-service ready in %.1f s (Spring context with the tagger, no broker)%n",
                serviceReadySeconds());
    }

    /**
     * The full tagger alone on German, French and Spanish articles of about 600 tokens made from each language's dev
     * set, on every core, each language after a warm-up of its own; then the heap with the four languages' models
     * loaded.
     */
    private static void languages(CrfGazetteerTagger tagger, double seconds, PrintStream out)
            throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf(
                Locale.ROOT,
                "%n| language | threads | tokens/s process | articles/s process | tokens per article |"
                        + "%n|---|---|---|---|---|%n");
        for (String language : List.of("de", "fr", "es")) {
            List<List<Zone>> corpus =
                    BenchmarkCorpus.articles(DevSet.load("/devset/devset-" + language + ".jsonl"), 600, language);
            long[] tokens = corpus.stream()
                    .mapToLong(article -> article.stream()
                            .mapToLong(zone ->
                                    ZoneTokenizer.sentences(zone.text(), language, TaggingDeadline.NONE).stream()
                                            .mapToLong(List::size)
                                            .sum())
                            .sum())
                    .toArray();
            IntConsumer work = i -> tagger.tag(corpus.get(i), language, TaggingDeadline.NONE);
            turns(threads, WARM_UP_SECONDS / 2.0, tokens, work);
            Rate rate = measure(threads, seconds, tokens, work)[0];
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %,.0f | %.1f | %.0f |%n",
                    language,
                    threads,
                    rate.tokens(),
                    rate.articles(),
                    Arrays.stream(tokens).average().orElse(0));
        }
        out.printf(
                Locale.ROOT,
                "%nheap used after GC with the English, German, French and Spanish models " + "loaded: %d MB%n",
                heapUsedAfterGc() / (1024 * 1024));
    }

    /**
     * Runs both for {@value #WARM_UP_SECONDS} s on every core before anything is measured, so that the JIT has
     * compiled the CRF's feature extraction (a huge method, which takes it seconds) and everything else.
     */
    private static void warmUp(long[] tokens, IntConsumer bare, IntConsumer full) throws InterruptedException {
        turns(Runtime.getRuntime().availableProcessors(), WARM_UP_SECONDS, tokens, bare, full);
    }

    /** Tokens and articles per second of the whole process. */
    private record Rate(double tokens, double articles) {}

    /** What the work did: tokens, articles, and the nanoseconds its threads spent on it, all threads together. */
    private static final class Done {
        final LongAdder tokens = new LongAdder();
        final LongAdder articles = new LongAdder();
        final LongAdder nanos = new LongAdder();

        void add(long articleTokens, long took) {
            tokens.add(articleTokens);
            articles.increment();
            nanos.add(took);
        }

        /** The rate of the process when every one of its threads does this work all the time. */
        Rate rate(int threads) {
            double threadSeconds = nanos.sum() / 1e9;
            return new Rate(tokens.sum() / threadSeconds * threads, articles.sum() / threadSeconds * threads);
        }
    }

    /**
     * The rate of each work, the works taking turns article by article on the same threads (which goes first changes
     * every article), after a warm-up of a quarter of the time; with one work, its rate alone.
     */
    private static Rate[] measure(int threads, double seconds, long[] tokens, IntConsumer... works)
            throws InterruptedException {
        turns(threads, Math.max(1, seconds / 4), tokens, works);
        return Arrays.stream(turns(threads, seconds, tokens, works))
                .map(done -> done.rate(threads))
                .toArray(Rate[]::new);
    }

    /** What each work did when they took turns on {@code threads} threads for {@code seconds}. */
    private static Done[] turns(int threads, double seconds, long[] tokens, IntConsumer... works)
            throws InterruptedException {
        Done[] done = Stream.generate(Done::new).limit(works.length).toArray(Done[]::new);
        run(threads, seconds, tokens.length, (article, iteration) -> {
            for (int k = 0; k < works.length; k++) {
                int which = (iteration + k) % works.length;
                long start = System.nanoTime();
                works[which].accept(article);
                done[which].add(tokens[article], System.nanoTime() - start);
            }
        });
        return done;
    }

    @FunctionalInterface
    private interface Turn {
        void take(int article, int iteration);
    }

    /** Runs turns on {@code threads} threads, article after article, for {@code seconds}. */
    private static void run(int threads, double seconds, int articles, Turn turn) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        var next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int iteration = next.getAndIncrement();
                    turn.take(Math.floorMod(iteration, articles), iteration);
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private static void row(PrintStream out, String what, int threads, Rate rate, double ratio) {
        out.printf(
                Locale.ROOT,
                "| %s | %d | %,.0f | %,.0f | %.1f | %s |%n",
                what,
                threads,
                rate.tokens() / threads,
                rate.tokens(),
                rate.articles(),
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.0f%%", ratio * 100));
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static CRFClassifier<CoreLabel> bareClassifier() throws Exception {
        try (InputStream in =
                TaggerBenchmark.class.getClassLoader().getResourceAsStream(CrfGazetteerTagger.DEFAULT_MODEL)) {
            return CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16));
        }
    }

    private static double serviceReadySeconds() {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = EnrichApplication.application()
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.kafka.listener.auto-startup=false",
                        "--spring.kafka.admin.auto-create=false",
                        "--logging.level.root=WARN")) {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** A benchmark corpus made from the dev set: every text continued with the next ones to about N tokens. */
    static final class BenchmarkCorpus {

        private BenchmarkCorpus() {}

        static List<List<Zone>> articles(List<DevSet.Article> devSet, int tokensPerArticle) {
            return articles(devSet, tokensPerArticle, "en");
        }

        static List<List<Zone>> articles(List<DevSet.Article> devSet, int tokensPerArticle, String language) {
            List<List<Zone>> articles = new ArrayList<>();
            for (int first = 0; first < devSet.size(); first++) {
                StringBuilder body = new StringBuilder();
                int tokens = 0;
                for (int next = first; tokens < tokensPerArticle; next = (next + 1) % devSet.size()) {
                    String text = devSet.get(next).text(ZoneName.BODY);
                    body.append(body.isEmpty() ? "" : "\n").append(text);
                    tokens += ZoneTokenizer.sentences(text, language, TaggingDeadline.NONE).stream()
                            .mapToInt(List::size)
                            .sum();
                }
                articles.add(List.of(
                        new Zone(ZoneName.HEADLINE, devSet.get(first).text(ZoneName.HEADLINE)),
                        new Zone(ZoneName.BODY, body.toString())));
            }
            return articles;
        }

        static List<List<CoreLabel>> sentences(List<Zone> article) {
            List<List<CoreLabel>> sentences = new ArrayList<>();
            for (Zone zone : article) {
                for (List<Token> sentence : ZoneTokenizer.sentences(zone.text())) {
                    List<CoreLabel> words = new ArrayList<>();
                    for (Token token : sentence) {
                        var label = new CoreLabel();
                        label.setWord(token.text());
                        label.setValue(token.text());
                        words.add(label);
                    }
                    sentences.add(words);
                }
            }
            return sentences;
        }
    }
}
