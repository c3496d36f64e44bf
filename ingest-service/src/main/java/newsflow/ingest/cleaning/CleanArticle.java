package newsflow.ingest.cleaning;

import java.util.List;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/** An article's cleaned text, zone by zone. */
public record CleanArticle(List<Zone> zones) {

    public CleanArticle {
        zones = List.copyOf(zones);
    }

    /** The text of a zone, or the empty string when the article has none. */
    public String text(ZoneName name) {
        return zones.stream()
                .filter(zone -> zone.name() == name)
                .map(Zone::text)
                .findFirst()
                .orElse("");
    }

    /** Whether anything of the article itself is left: a standfirst or body. */
    public boolean hasArticleText() {
        return !text(ZoneName.STANDFIRST).isEmpty() || !text(ZoneName.BODY).isEmpty();
    }
}
