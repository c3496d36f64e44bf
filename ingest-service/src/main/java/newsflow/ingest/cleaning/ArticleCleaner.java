package newsflow.ingest.cleaning;

import newsflow.contract.ContentType;
import newsflow.contract.RawArticle;
import newsflow.ingest.cleaning.furniture.Publication;

/**
 * Turns a raw article's body, scraped plain text or an HTML page, into clean text kept in zones. Pure and
 * thread-safe: the same raw article always cleans to the same zones.
 */
public final class ArticleCleaner {

    public CleanArticle clean(RawArticle raw) {
        Page page = raw.contentType() == ContentType.TEXT_HTML
                ? HtmlPages.read(raw.body())
                : PlainTextPages.read(raw.body());
        return new CleanArticle(ZoneAssigner.assign(raw.title(), page, Publication.of(raw.source(), raw.url())));
    }
}
