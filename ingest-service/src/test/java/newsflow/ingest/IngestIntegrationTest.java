package newsflow.ingest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * ingest-service as it runs, on a real broker: two publishers ({@code demo} with key {@code demo-key},
 * {@code other} with key {@code other-key}), one more source that may publish on Kafka ({@code newswire}), so any
 * other source is refused, a 64 KB body limit, and quick retries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = IngestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsflow.ingest.publishers[0].source=demo",
            "newsflow.ingest.publishers[0].key-sha256="
                    + "c48a01f49fd0f2cc404bc3cbbc80e91457a3d41bb429a695243de4c61794155c",
            "newsflow.ingest.publishers[1].source=other",
            "newsflow.ingest.publishers[1].key-sha256="
                    + "580843d03d2216ff1a275d0991bad66e4d1af871171d929e9de604b7959f9bca",
            "newsflow.ingest.sources[0]=newswire",
            "newsflow.ingest.max-body-size=64KB",
            "newsflow.kafka.retry.max-retries=1",
            "newsflow.kafka.retry.initial-interval=100ms"
        })
@ActiveProfiles(IngestApplication.PROFILE)
public @interface IngestIntegrationTest {}
