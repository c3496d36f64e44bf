package newsflow.enrich.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.crf.HugeMethods;
import org.springframework.stereotype.Component;

/**
 * Counts the entities enrich-service tags, by type ({@code newsflow.enrich.entities}), and says whether its JVM
 * compiles huge methods ({@code newsflow.enrich.huge.methods.compiled}: 1, or 0 when the tagger warns that it runs
 * at about 60% of its speed for want of {@value HugeMethods#FLAG}; absent on a JVM that does not say).
 */
@Component
class EnrichMetrics {

    private final Map<EntityType, Counter> entities = new EnumMap<>(EntityType.class);

    EnrichMetrics(MeterRegistry meters) {
        for (EntityType type : EntityType.values()) {
            entities.put(
                    type,
                    Counter.builder("newsflow.enrich.entities")
                            .description("Entities tagged in enriched articles, by type")
                            .tag("type", type.name())
                            .register(meters));
        }
        HugeMethods.compiled()
                .ifPresent(compiled -> Gauge.builder("newsflow.enrich.huge.methods.compiled", () -> compiled ? 1 : 0)
                        .description("1 when this JVM compiles huge methods (" + HugeMethods.FLAG
                                + "), 0 when the tagger " + "runs CoreNLP's feature extraction interpreted")
                        .register(meters));
    }

    void enriched(ArticleEnriched article) {
        for (Entity entity : article.entities()) {
            entities.get(entity.type()).increment();
        }
    }
}
