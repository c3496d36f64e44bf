package newsflow.launcher.publish;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * {@code publish PATH... (--http URL --key KEY | --bootstrap-servers HOSTS) ...}: sends articles from files, folders
 * or stdin to the pipeline, over ingest-service's HTTP API or straight to {@code articles.raw}, with a progress bar,
 * and prints each refusal with its reason code. Exit status: 0 when every article was accepted, 1 when any was
 * refused, unreadable or not sent, {@value ArticleSink#UNAVAILABLE} when the server or the brokers could not be
 * reached (nothing more is sent; the summary says how many were), {@value ArticleSink#KEY_REFUSED} when the key was
 * refused.
 */
public final class PublishCommand {

    static final int SOME_NOT_ACCEPTED = 1;

    /** How many articles may wait for their acknowledgement at once over Kafka. */
    private static final int MAX_IN_FLIGHT = 1_000;

    private record Pending(String label, CompletableFuture<SendOutcome> outcome) {}

    private final PublishOptions options;
    private final ArticleFiles files;
    private final PublishProgress progress;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private SendOutcome.Stopped stopped;

    private PublishCommand(PublishOptions options, InputStream stdin, PrintStream err, boolean terminal) {
        this.options = options;
        this.files = new ArticleFiles(options, stdin, this::skipped);
        this.progress = new PublishProgress(err, terminal, files.count(), System::nanoTime);
    }

    /**
     * @throws IllegalArgumentException for bad usage, with a message for the user
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        PublishOptions options = PublishOptions.parse(args);
        return new PublishCommand(options, stdin, err, System.console() != null).publish(out);
    }

    private int publish(PrintStream out) {
        try (ArticleSink sink = sink()) {
            if (stopped == null) {
                files.forEach(input -> {
                    if (stopped == null) {
                        send(sink, input);
                    }
                });
                while (!pending.isEmpty()) {
                    settle(pending.poll());
                }
            }
        }
        out.println(progress.finish(options.destination()));
        if (stopped != null) {
            out.println("publish: stopped: " + stopped.message());
            return stopped.exitStatus();
        }
        return progress.refused() + progress.failed() == 0 ? 0 : SOME_NOT_ACCEPTED;
    }

    private void skipped(String file) {
        progress.skipped(file);
    }

    private ArticleSink sink() {
        if (options.overHttp()) {
            return new HttpSink(options.httpUrl(), options.key(), options.timeout());
        }
        var kafka = new KafkaSink(options.bootstrapServers(), options.kafkaProperties(), options.timeout());
        String unavailable = kafka.unavailable();
        if (unavailable != null) {
            stopped = new SendOutcome.Stopped(unavailable, ArticleSink.UNAVAILABLE);
        }
        return kafka;
    }

    private void send(ArticleSink sink, ArticleInput input) {
        if (input instanceof ArticleInput.Unreadable unreadable) {
            progress.unreadable(unreadable);
            return;
        }
        var article = (ArticleInput.Article) input;
        pending.add(new Pending(article.label(), sink.send(article)));
        while (!pending.isEmpty() && (pending.peek().outcome().isDone() || pending.size() > MAX_IN_FLIGHT)) {
            settle(pending.poll());
        }
    }

    private void settle(Pending sent) {
        SendOutcome outcome = sent.outcome().join();
        progress.record(sent.label(), outcome);
        if (outcome instanceof SendOutcome.Stopped stop && stopped == null) {
            stopped = stop;
        }
    }
}
