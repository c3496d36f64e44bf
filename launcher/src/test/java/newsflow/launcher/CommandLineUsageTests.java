package newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad usage of {@code publish}, {@code tail} and {@code retag}: a clear message and exit status 64, before anything
 * connects.
 */
class CommandLineUsageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tail --topic articles.everything | tail follows one of articles.raw, articles.rejected, "
                        + "articles.ingested, articles.enriched, not articles.everything",
                "tail --type COMPANY | --type must be PERSON, ORGANIZATION, COUNTRY or LOCATION, not COMPANY",
                "tail --country Denmark | --country must be a two-letter country code such as DK, not Denmark",
                "tail --topic articles.raw --entity country:DK | --entity, --type and --country filter "
                        + "articles.enriched only, not articles.raw",
                "tail --max 0 | --max must be a whole number from 1 to 2147483647, not 0",
                "tail --entity | --entity needs a value",
                "tail --follow | tail does not know the argument --follow",
                "publish | publish needs at least one file or folder (- for JSON lines on stdin)",
                "publish a.jsonl | publish needs either --http URL --key KEY (ingest-service) or --bootstrap-servers",
                "publish a.jsonl --http http://localhost:8081 | --http needs the publisher's API key: --key KEY",
                "publish a.jsonl --http localhost:8081 --key k | --http must be ingest-service's URL",
                "publish a.jsonl --bootstrap-servers b:9092 --http http://h --key k | publish needs either",
                "publish a.jsonl --bootstrap-servers b:9092 --key k | --key goes with --http",
                "publish a.jsonl --http http://localhost:8081 --key k --kafka-property acks=1 "
                        + "| --kafka-property goes with --bootstrap-servers",
                "publish a.txt --bootstrap-servers b:9092 --source Demo | --source must be 1-64 lower-case",
                "publish a.txt --bootstrap-servers b:9092 --timeout -1s | --timeout must be a positive duration",
                "retag --from yesterday | --from must be a day such as 2026-11-30, not yesterday",
                "retag --from 2026-12-02 --to 2026-12-01 | --to 2026-12-01 is before --from 2026-12-02",
                "retag --wait 0s | --wait must be a positive duration",
                "retag --all | retag does not know the argument --all",
            })
    void badUsageIsRefusedWithAMessageAndExitStatus64(String commandLine, String message) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = Newsflow.run(
                commandLine.split(" "),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Newsflow.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("newsflow: ")
                .contains(message);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
