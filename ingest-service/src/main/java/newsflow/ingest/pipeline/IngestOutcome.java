package newsflow.ingest.pipeline;

import newsflow.contract.ArticleIngested;
import newsflow.contract.ArticleRetracted;
import newsflow.contract.ArticleVersion;

/** What ingesting a valid raw article produced: a clean article, or a retraction. */
public sealed interface IngestOutcome {

    String articleId();

    long version();

    /** The publisher's id. */
    String source();

    /** The version this outcome would make the article's newest, for the check against those already seen. */
    ArticleVersion articleVersion();

    record Accepted(ArticleIngested article) implements IngestOutcome {

        @Override
        public String articleId() {
            return article.articleId();
        }

        @Override
        public long version() {
            return article.version();
        }

        @Override
        public String source() {
            return article.source();
        }

        @Override
        public ArticleVersion articleVersion() {
            return ArticleVersion.of(article);
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

        @Override
        public String source() {
            return retraction.source();
        }

        @Override
        public ArticleVersion articleVersion() {
            return ArticleVersion.of(retraction);
        }
    }
}
