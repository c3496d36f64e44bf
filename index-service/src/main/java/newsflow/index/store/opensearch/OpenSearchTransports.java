package newsflow.index.store.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import newsflow.index.IndexProperties;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Builds the client's transport: Apache HttpClient 5 to every node given, with timeouts and optional credentials. */
final class OpenSearchTransports {

    private OpenSearchTransports() {}

    static ApacheHttpClient5Transport transport(IndexProperties.OpenSearch settings, ObjectMapper json) {
        HttpHost[] hosts =
                settings.uris().stream().map(OpenSearchTransports::host).toArray(HttpHost[]::new);
        return ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(json))
                .setConnectionConfigCallback(connection -> connection
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout())))
                .setRequestConfigCallback(request -> request.setResponseTimeout(Timeout.of(settings.responseTimeout())))
                .setHttpClientConfigCallback(client -> {
                    if (settings.username() != null && !settings.username().isBlank()) {
                        var credentials = new BasicCredentialsProvider();
                        for (HttpHost host : hosts) {
                            credentials.setCredentials(
                                    new AuthScope(host),
                                    new UsernamePasswordCredentials(
                                            settings.username(),
                                            String.valueOf(settings.password()).toCharArray()));
                        }
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    return client;
                })
                .build();
    }

    private static HttpHost host(java.net.URI uri) {
        return new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
    }
}
