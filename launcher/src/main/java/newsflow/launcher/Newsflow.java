package newsflow.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import newsflow.dashboard.DashboardApplication;
import newsflow.enrich.EnrichApplication;
import newsflow.index.IndexApplication;
import newsflow.ingest.IngestApplication;
import newsflow.launcher.access.KafkaSetupApplication;
import newsflow.launcher.batch.EnrichCommand;
import newsflow.launcher.evaluation.EvaluateCommand;
import newsflow.launcher.kafka.LocalKafkaException;
import newsflow.launcher.publish.PublishCommand;
import newsflow.launcher.retag.RetagCommand;
import newsflow.launcher.tail.TailCommand;
import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar newsflow.jar <command>}: the one entry point of newsflow.
 * <ul>
 * <li>{@code local [--demo] [--data-dir DIR] [--kafka-port PORT]}: the whole pipeline on this machine;</li>
 * <li>{@code kafka [--data-dir DIR] [--kafka-port PORT] [--host HOST] [--node-id N --controller-quorum VOTERS
 * --cluster-id ID]}: only the broker of {@code local}, or one node of a cluster;</li>
 * <li>{@code service ingest|enrich|index|dashboard [--spring.setting=value ...]}: one service, as in
 * production;</li>
 * <li>{@code kafka-setup [--name=value ...]}: users, topics and ACLs of a secured cluster, then exits;</li>
 * <li>{@code enrich IN.jsonl OUT.jsonl [--threads N] [--max-tagging-time D]}: the offline batch, no Kafka;</li>
 * <li>{@code evaluate FILE [--language CODE] [--bare-crf MODEL] [--errors] ...}: scores the tagger on a CoNLL
 * file;</li>
 * <li>{@code publish PATH... (--http URL --key KEY | --bootstrap-servers HOSTS) ...}: sends articles to the pipeline;</li>
 * <li>{@code tail [--topic TOPIC] [--from-beginning] [filters] [--json]}: follows a pipeline topic;</li>
 * <li>{@code retag [--from DAY] [--to DAY] [--source ID] ...}: re-tags the corpus after a tagger upgrade.</li>
 * </ul>
 */
public final class Newsflow {

    static final int USAGE_ERROR = 64;
    static final int START_FAILED = 2;

    private static final Map<String, Supplier<SpringApplication>> SERVICES = Map.of(
            "ingest", IngestApplication::application,
            "enrich", EnrichApplication::application,
            "index", IndexApplication::application,
            "dashboard", DashboardApplication::application);

    private Newsflow() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "local" -> LocalRun.start(LocalOptions.parse(rest), out).awaitShutdown();
                case "kafka" -> KafkaRun.run(KafkaOptions.parse(rest), out);
                case "service" -> service(rest, err);
                case "kafka-setup" -> kafkaSetup(rest);
                case "enrich" -> EnrichCommand.run(rest, out, err);
                case "evaluate" -> EvaluateCommand.run(rest, out, err);
                case "publish" -> PublishCommand.run(rest, System.in, out, err);
                case "tail" -> TailCommand.run(rest, out, err);
                case "retag" -> RetagCommand.run(rest, out, err);
                case "help", "--help", "-h" -> usage(out, 0);
                default -> usage(err, USAGE_ERROR);
            };
        } catch (IllegalArgumentException ex) {
            err.println("newsflow: " + ex.getMessage());
            return usage(err, USAGE_ERROR);
        } catch (LocalKafkaException ex) {
            err.println("newsflow: " + ex.getMessage());
            return START_FAILED;
        }
    }

    private static int kafkaSetup(String[] args) {
        KafkaSetupApplication.application().run(args).close();
        return 0;
    }

    private static int service(String[] args, PrintStream err) {
        if (args.length == 0 || !SERVICES.containsKey(args[0])) {
            throw new IllegalArgumentException("service needs one of: ingest, enrich, index, dashboard");
        }
        SERVICES.get(args[0]).get().run(Arrays.copyOfRange(args, 1, args.length));
        return 0;
    }

    private static int usage(PrintStream stream, int status) {
        stream.println("""
                usage: java -XX:-DontCompileHugeMethods -jar newsflow.jar <command>
                       (the option makes tagging about 1.6 times as fast; newsflow runs without it too)

                  local [--demo] [--data-dir DIR] [--kafka-port PORT]
                      Runs the whole pipeline here: a single-node Kafka on localhost:PORT (default 9092) with its
                      data in DIR/kafka, ingest-service on :8081, enrich-service on :8082, index-service on :8083
                      with its index in DIR/index (DIR defaults to ./data), and the pipeline dashboard on :8084
                      (operator token ops-key). --demo pushes sample articles through POST /api/articles
                      (publisher demo, key demo-key) and prints their entities. Ctrl-C stops it.

                  kafka [--data-dir DIR] [--kafka-port PORT] [--host HOST]
                        [--node-id N --controller-quorum VOTERS --cluster-id ID]
                      Runs only the single-node Kafka of local, with its data in DIR/kafka, for services run
                      as separate processes with the service command. Ctrl-C stops it. With a controller quorum,
                      runs node N of a multi-node cluster instead: VOTERS lists every node's controller as
                      id@host:port separated by commas (this node's controller listens on its own entry), ID is
                      the cluster's id, the same on every node (22 characters of base64); clients connect to
                      HOST:PORT (default localhost:9092). A cluster of three keeps three copies of each
                      partition and acknowledges a write once two have it (min.insync.replicas=2).

                  service ingest|enrich|index|dashboard [--name=value ...]
                      Runs one service on its own, configured by Spring Boot settings (arguments, environment
                      variables such as SPRING_KAFKA_BOOTSTRAP_SERVERS, or application.yml).

                  kafka-setup [--name=value ...]
                      Makes a secured Kafka cluster (SASL/SCRAM, ACLs) ready, as its super user, then exits: sets
                      each service's SCRAM password (NEWSFLOW_SETUP_PASSWORDS_INGEST, ...), creates the missing
                      topics and grants every service the ACLs of its own topics and group. Run it again safely.

                  enrich IN.jsonl OUT.jsonl [--threads N] [--max-tagging-time DURATION]
                      Offline batch, no Kafka: reads one raw article a line (the articles.raw JSON), cleans it as
                      ingest does, tags it, and writes one enriched article a line (the articles.enriched JSON), in
                      input order. - reads stdin or writes stdout. N workers (default: one per core); an article
                      taking longer than DURATION (default 10s) is refused. Refused lines go to stderr with their
                      line numbers and reasons; the exit status is 0 unless the usage or I/O was bad.

                  evaluate FILE [--language CODE] [--threads N] [--errors] [--bare-crf MODEL]
                           [--token-column N] [--tag-column N]
                      Scores the tagger on a named-entity corpus in CoNLL format (a token a line, its tag in the
                      last column, IOB1, IOB2 or IOBES; a blank line after each sentence; -DOCSTART- between
                      documents). Each document goes through ingest's cleaning and the tagger as an article, a
                      line a sentence; prints conlleval's precision, recall and F1 for PER, ORG and LOC (PERSON
                      is PER, ORGANIZATION ORG, COUNTRY and LOCATION LOC; demonyms and MISC left out). CODE is
                      the documents' language (default: detected per document); --errors lists every error;
                      --bare-crf scores a CoreNLP CRF model (a file or classpath resource) alone on the file's
                      own tokens, for comparison. Progress goes to stderr.

                  publish PATH... (--http URL --key KEY | --bootstrap-servers HOSTS [--kafka-property N=V ...])
                          [--source ID] [--language CODE] [--timeout DURATION]
                      Sends articles to the pipeline: over ingest-service's POST /api/articles (URL such as
                      http://localhost:8081, KEY the publisher's API key), or straight to articles.raw. PATH is a
                      .txt (plain text) or .html/.htm page, sent as publisher ID with its path as article id; a
                      .json file (one article in the articles.raw JSON); a .jsonl/.ndjson file (one a line); a
                      folder of such files; or - for JSON lines on stdin. Prints each refusal with its reason
                      code, a progress bar on stderr and a summary. Exit status 0 when all were accepted, 1 when
                      any was refused or not sent, 69 when the server or brokers cannot be reached within
                      DURATION (default 30s), 77 when the key is refused.

                  tail [--topic TOPIC] [--from-beginning] [--entity ID|NAME] [--type TYPE] [--country CC]
                       [--source ID] [--language CODE] [--json] [--max N]
                       [--bootstrap-servers HOSTS] [--kafka-property N=V ...]
                      Follows articles.enriched (or articles.ingested, articles.raw, articles.rejected) from now,
                      or from the beginning, printing a line per article (time, source, version, language,
                      headline and its top entities) or its JSON with --json; retractions and re-tags are shown as
                      such. Filters: an entity by id or name, an entity type (PERSON, ORGANIZATION, COUNTRY,
                      LOCATION), a country (its code: the country or a place in it), a source, a language. Stops
                      after N articles, or with Ctrl-C. HOSTS defaults to localhost:9092. Exit status 64 for an
                      unknown topic or filter, 69 when no broker answers.

                  retag [--from DAY] [--to DAY] [--source ID] [--wait DURATION] [--timeout DURATION]
                        [--bootstrap-servers HOSTS] [--kafka-property N=V ...]
                      Re-tags the corpus after a tagger upgrade, through the running pipeline: the newest version
                      of each article on articles.ingested (published from DAY to DAY, such as 2026-11-30, by
                      publisher ID; all by default) goes to articles.retag, which enrich-service serves while no
                      new article waits; an article whose entities changed is published again on
                      articles.enriched with the same version and the tagger's enrichment revision. Shows a
                      progress bar and a summary (re-tagged, changed, unchanged, failed). Waits for every answer,
                      or DURATION with --wait. Exit status 0 when all were re-tagged, 1 when any failed, 75 when
                      some are still to be answered, 69 when no broker answers.
                """);
        return status;
    }
}
