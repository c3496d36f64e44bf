package newsflow.enrich.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import org.springframework.stereotype.Component;

/** Counts the entities enrich-service tags, by type ({@code newsflow.enrich.entities}). */
@Component
class EnrichMetrics {

    private final Map<EntityType, Counter> entities = new EnumMap<>(EntityType.class);

    EnrichMetrics(MeterRegistry meters) {
        for (EntityType type : EntityType.values()) {
            entities.put(type, Counter.builder("newsflow.enrich.entities")
                    .description("Entities tagged in enriched articles, by type")
                    .tag("type", type.name())
                    .register(meters));
        }
    }

    void enriched(ArticleEnriched article) {
        for (Entity entity : article.entities()) {
            entities.get(entity.type()).increment();
        }
    }
}
