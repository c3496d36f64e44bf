package newsflow.enrich;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of enrich-service ({@code newsflow.enrich.*}).
 *
 * @param nerModel            the CoreNLP CRF model, a classpath resource
 * @param listenerConcurrency listener threads on articles.ingested; one per core
 */
@Validated
@ConfigurationProperties("newsflow.enrich")
public record EnrichProperties(
        @NotBlank @DefaultValue("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") String nerModel,
        @DefaultValue("2") @Min(1) int listenerConcurrency) {
}
