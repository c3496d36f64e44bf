package newsflow.enrich.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * The body of {@code POST /api/tag}: a text ({@code title} optional, as the headline), or an article's zones as
 * ingest writes them; with its language when known.
 *
 * @param title    the headline of {@code text}, optional
 * @param text     the text to tag, read as the article's body
 * @param zones    the zones of an article, instead of {@code title} and {@code text}
 * @param language ISO 639-1 code, optional
 */
record TagRequest(String title, String text, List<Zone> zones, String language) {

    /**
     * The zones to tag.
     *
     * @throws IllegalArgumentException when the request has no text, or both a text and zones
     */
    List<Zone> toZones() {
        boolean hasText = text != null || title != null;
        if (hasText && zones != null) {
            throw new IllegalArgumentException("send either text (with an optional title) or zones, not both");
        }
        List<Zone> result = new ArrayList<>();
        if (zones != null) {
            result.addAll(zones);
        }
        if (title != null) {
            result.add(new Zone(ZoneName.HEADLINE, title));
        }
        if (text != null) {
            result.add(new Zone(ZoneName.BODY, text));
        }
        if (result.stream().allMatch(zone -> zone.text().isBlank() || zone.name() == ZoneName.BOILERPLATE)) {
            throw new IllegalArgumentException("nothing to tag: send {\"text\": \"...\"} or the zones of an article");
        }
        return result;
    }

    /** The UTF-8 size of all the text to tag. */
    static long size(List<Zone> zones) {
        return zones.stream()
                .mapToLong(zone -> zone.text().getBytes(StandardCharsets.UTF_8).length)
                .sum();
    }
}
