package newsflow.ingest.pipeline;

import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;

/** What ingesting a valid raw article produced: a clean article, or a retraction. */
public sealed interface IngestOutcome {

    String articleId();

    long version();

    record Accepted(ArticleIngested article) implements IngestOutcome {

        @Override
        public String articleId() {
            return article.articleId();
        }

        @Override
        public long version() {
            return article.version();
        }
    }

    record Retracted(ArticleRetracted retraction) implements IngestOutcome {

        @Override
        public String articleId() {
            return retraction.articleId();
        }

        @Override
        public long version() {
            return retraction.version();
        }
    }
}
