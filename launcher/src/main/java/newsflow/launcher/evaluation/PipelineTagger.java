package newsflow.launcher.evaluation;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.ContentType;
import newsflow.contract.Entity;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.RawArticle;
import newsflow.contract.ZoneName;
import newsflow.enrich.pipeline.ArticleEnrichment;
import newsflow.ingest.intake.Refused;
import newsflow.ingest.pipeline.ArticleIngestion;
import newsflow.ingest.pipeline.IngestOutcome;

/**
 * Tags a CoNLL document as the pipeline tags an article: the document, a line a sentence, is a scraped page that
 * ingest's cleaning turns into zones and the tagger tags; each mention is mapped back onto the tokens it covers.
 * PERSON is PER, ORGANIZATION is ORG, COUNTRY and LOCATION are LOC; demonyms ("Danish") are left out, since CoNLL
 * calls them MISC, and so are mentions inside one token ("Tripoli" in "Tripoli-based", a MISC word to CoNLL), which
 * CoNLL's tokens cannot name. A mention that spans tokens but begins or ends inside one counts as wrong.
 */
final class PipelineTagger implements DocumentTagger {

    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");

    private final ArticleIngestion ingestion;
    private final ArticleEnrichment enrichment;
    private final String language;

    /** @param language the articles' language, or null to detect it as ingest does */
    PipelineTagger(ArticleIngestion ingestion, ArticleEnrichment enrichment, String language) {
        this.ingestion = ingestion;
        this.enrichment = enrichment;
        this.language = language;
    }

    @Override
    public Found tag(ConllCorpus.Document document) {
        var text = new DocumentText(document);
        // A document of one sentence (a file without -DOCSTART-) gets a headline of its own, as an article needs
        // text besides its headline; the headline is not scored.
        String title = document.sentences().size() == 1 ? "Document " + document.number() : null;
        var raw = new RawArticle(
                "conll",
                "doc-" + document.number(),
                null,
                title,
                text.text(),
                ContentType.TEXT_PLAIN,
                null,
                language,
                null,
                null);
        IngestOutcome outcome;
        try {
            outcome = ingestion.ingest(raw, RECEIVED);
        } catch (Refused refused) {
            return new Found(Set.of(), Set.of(), 0, 0, refused.getMessage());
        }
        ArticleEnriched enriched = enrichment.enrich(((IngestOutcome.Accepted) outcome).article());
        var alignment = new TokenAlignment(
                text,
                title == null
                        ? enriched.zones()
                        : enriched.zones().stream()
                                .filter(zone -> zone.name() != ZoneName.HEADLINE)
                                .toList());
        Set<Chunk> chunks = new HashSet<>();
        Set<Chunk> misaligned = new HashSet<>();
        int insideTokens = 0;
        for (Entity entity : enriched.entities()) {
            String type = switch (entity.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case COUNTRY, LOCATION -> "LOC";
            };
            for (Mention mention : entity.mentions()) {
                if (mention.form() == MentionForm.DEMONYM) {
                    continue;
                }
                var mapped = alignment
                        .chunk(mention.zone(), mention.start(), mention.end(), type)
                        .orElse(null);
                if (mapped == null) {
                    continue;
                }
                switch (mapped.fit()) {
                    case EXACT -> chunks.add(mapped.chunk());
                    case MISALIGNED -> misaligned.add(mapped.chunk());
                    case INSIDE_A_TOKEN -> insideTokens++;
                }
            }
        }
        misaligned.removeAll(chunks);
        return new Found(chunks, misaligned, insideTokens, alignment.unaligned(), null);
    }

    @Override
    public String description() {
        return "newsflow's cleaning and tagging"
                + (language == null ? ", language detected" : ", language " + language);
    }
}
