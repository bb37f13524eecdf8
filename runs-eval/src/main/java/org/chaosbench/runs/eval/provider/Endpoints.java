package org.chaosbench.runs.eval.provider;

import java.net.URI;
import java.net.URISyntaxException;

/** Builds endpoint URIs from a base URL and a path, failing at construction, not per call. */
final class Endpoints {

    private Endpoints() {
    }

    static URI resolve(String baseUrl, String path) {
        String url = baseUrl + path;
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid endpoint URL: " + url
                    + " (check the base URL and the model id)", e);
        }
    }
}
