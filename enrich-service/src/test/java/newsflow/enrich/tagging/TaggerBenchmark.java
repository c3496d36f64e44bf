package newsflow.enrich.tagging;

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
import java.util.zip.GZIPInputStream;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.EnrichApplication;
import newsflow.enrich.evaluation.DevSet;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The speed and memory benchmark of the tagger: tags a corpus of ~600-token articles made from the dev set's texts
 * with the full tagger and with the bare CoreNLP CRF classifier ({@code classifySentence} on the same sentences), on
 * 1 and 2 threads, and prints tokens/s and articles/s per thread and for the process, the heap used by the loaded
 * tagger, the model's load time, and the time enrich-service takes to be ready. Run it with
 * {@code mvn -B -q -o -pl enrich-service test-compile exec:exec@benchmark [-Dbenchmark.seconds=20]}; it runs with -Xmx1536m.
 */
public final class TaggerBenchmark {

    private TaggerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        long loadStart = System.nanoTime();
        CrfGazetteerTagger tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heapAfterLoad = heapUsedAfterGc();
        CRFClassifier<CoreLabel> bare = bareClassifier();
        List<List<Zone>> corpus = BenchmarkCorpus.articles(DevSet.load(), 600);
        List<List<List<CoreLabel>>> sentences = corpus.stream().map(BenchmarkCorpus::sentences).toList();
        long[] tokens = sentences.stream().mapToLong(article -> article.stream().mapToLong(List::size).sum())
                .toArray();
        var out = System.out;
        out.printf(Locale.ROOT, "corpus: %d articles, %.0f tokens per article; %.0f s per measurement after a "
                + "warm-up; %d cores%n%n", corpus.size(), Arrays.stream(tokens).average().orElse(0),
                seconds, Runtime.getRuntime().availableProcessors());
        out.println("| what | threads | tokens/s per thread | tokens/s process | articles/s process | vs bare CRF |");
        out.println("|---|---|---|---|---|---|");
        for (int threads : new int[] {1, 2}) {
            Rate bareRate = measure(threads, seconds, tokens, i -> sentences.get(i).forEach(bare::classifySentence));
            Rate fullRate = measure(threads, seconds, tokens,
                    i -> tagger.tag(corpus.get(i), "en", TaggingDeadline.NONE));
            row(out, "bare CRF classifySentence", threads, bareRate, 1);
            row(out, "full tagger", threads, fullRate, fullRate.tokens() / bareRate.tokens());
        }
        out.printf(Locale.ROOT, "%nmodel and gazetteers loaded in %.1f s; heap used after load and GC: %d MB "
                + "(tagger only, -Xmx1536m)%n", loadSeconds, heapAfterLoad / (1024 * 1024));
        out.printf(Locale.ROOT, "enrich-service ready in %.1f s (Spring context with the tagger, no broker)%n",
                serviceReadySeconds());
    }

    /** Tokens and articles per second of the whole process. */
    private record Rate(double tokens, double articles) {
    }

    /** Runs the work on {@code threads} threads for a warm-up, then for {@code seconds}, article after article. */
    private static Rate measure(int threads, double seconds, long[] tokens, IntConsumer work) throws Exception {
        run(threads, Math.max(1, seconds / 4), tokens, work);
        long[] done = run(threads, seconds, tokens, work);
        return new Rate(done[0] / seconds, done[1] / seconds);
    }

    /** The tokens and the articles done. */
    private static long[] run(int threads, double seconds, long[] tokens, IntConsumer work)
            throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        var next = new AtomicInteger();
        var tokensDone = new LongAdder();
        var articlesDone = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int article = Math.floorMod(next.getAndIncrement(), tokens.length);
                    work.accept(article);
                    tokensDone.add(tokens[article]);
                    articlesDone.increment();
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new long[] {tokensDone.sum(), articlesDone.sum()};
    }

    private static void row(PrintStream out, String what, int threads, Rate rate, double ratio) {
        out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %.1f | %.0f%% |%n", what, threads,
                rate.tokens() / threads, rate.tokens(), rate.articles(), ratio * 100);
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static CRFClassifier<CoreLabel> bareClassifier() throws Exception {
        try (InputStream in = TaggerBenchmark.class.getClassLoader()
                .getResourceAsStream(CrfGazetteerTagger.DEFAULT_MODEL)) {
            return CRFClassifier.getClassifier(new GZIPInputStream(in, 1 << 16));
        }
    }

    private static double serviceReadySeconds() {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = EnrichApplication.application().run("--server.port=0",
                "--spring.main.banner-mode=off", "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false", "--logging.level.root=WARN")) {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** A benchmark corpus made from the dev set: every text continued with the next ones to about N tokens. */
    static final class BenchmarkCorpus {

        private BenchmarkCorpus() {
        }

        static List<List<Zone>> articles(List<DevSet.Article> devSet, int tokensPerArticle) {
            List<List<Zone>> articles = new ArrayList<>();
            for (int first = 0; first < devSet.size(); first++) {
                StringBuilder body = new StringBuilder();
                int tokens = 0;
                for (int next = first; tokens < tokensPerArticle; next = (next + 1) % devSet.size()) {
                    String text = devSet.get(next).text(ZoneName.BODY);
                    body.append(body.isEmpty() ? "" : "\n").append(text);
                    tokens += ZoneTokenizer.sentences(text).stream().mapToInt(List::size).sum();
                }
                articles.add(List.of(new Zone(ZoneName.HEADLINE, devSet.get(first).text(ZoneName.HEADLINE)),
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
