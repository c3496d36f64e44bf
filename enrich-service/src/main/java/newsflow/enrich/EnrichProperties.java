package newsflow.enrich;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of enrich-service ({@code newsflow.enrich.*}).
 *
 * @param nerModel            the CoreNLP CRF model, a classpath resource
 * @param listenerConcurrency listener threads on articles.ingested; one per core
 * @param maxTaggingTime      the longest one article may take to tag; an article that takes longer goes to
 *                            {@code articles.ingested.dlt} with that reason, and the next one is tagged. Keep
 *                            {@code max-poll-records} times this well below the consumer's {@code max.poll.interval.ms}
 * @param maxTagRequestSize   largest text {@code POST /api/tag} takes, in UTF-8 bytes
 * @param warmUp              how long the service tags a bundled article at start, before it takes articles, so that
 *                            the JIT compiles the tagger first ({@code 0s}: not at all)
 */
@Validated
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        @NotBlank @DefaultValue("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz")
        String nerModel,

        @DefaultValue("2") @Min(1) int listenerConcurrency,
        @NotNull @DefaultValue("10s") Duration maxTaggingTime,
        @NotNull @DefaultValue("200KB") DataSize maxTagRequestSize,
        @NotNull @DefaultValue("0s") Duration warmUp) {}
