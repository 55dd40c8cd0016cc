package fr.passerelle.resources.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Page addresses with their query string, values encoded: pagination and filters keep each other. */
final class QueryLinks {

    private QueryLinks() {
    }

    static String of(String path, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?" + parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
