package newsflow.ingest.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an article's URL, so that the same page reached through a campaign link, with another
 * host case or with a fragment is recognised as one article: lower-case scheme and host, no default port, no user
 * info, no fragment, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code mc_cid} and the
 * like); the path and the other parameters stay as written, in their order. Parameters that might select content,
 * such as a bare {@code ref} or {@code id}, are kept: merging two articles into one is worse than missing a merge.
 */
public final class CanonicalUrls {

    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "twclid",
            "igshid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "ref_src",
            "ref_url",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "s_cid",
            "cmpid");

    private CanonicalUrls() {}

    /**
     * The canonical form of an absolute http or https URL.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static String canonical(String url) {
        URI uri = URI.create(url.trim()).normalize();
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL with a host: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        var canonical = new StringBuilder(url.length())
                .append(scheme)
                .append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() >= 0 && !isDefaultPort(scheme, uri.getPort())) {
            canonical.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        canonical.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        var kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
