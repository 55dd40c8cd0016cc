package fr.passerelle.kernel.search;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a module puts in the search index for one of its entities. Plain values, no Lucene: modules
 * know nothing of the index, the search platform turns this into Lucene fields.
 *
 * <p>{@link #visibility()} lists who may see the document ({@link Visibility}); a document with an
 * empty visibility is seen by nobody, so forgetting it hides rather than leaks.
 */
public record SearchDocument(
        String type,
        String id,
        String url,
        String title,
        String summary,
        String body,
        OffsetDateTime date,
        boolean published,
        Map<String, Set<String>> facets,
        Set<String> visibility,
        Double latitude,
        Double longitude) {

    public SearchDocument {
        requireText(type, "type");
        requireText(id, "id");
        requireText(url, "url");
        requireText(title, "title");
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        Objects.requireNonNull(date, "date");
        facets = copy(facets);
        visibility = Set.copyOf(visibility == null ? Set.of() : visibility);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        for (String name : facets.keySet()) {
            if (!SearchFacets.NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown facet " + name + ", expected one of " + SearchFacets.NAMES);
            }
        }
    }

    /** The key of the document in the index: unique across modules. */
    public String key() {
        return key(type, id);
    }

    public static String key(String type, String id) {
        return type + ":" + id;
    }

    public static Builder builder(String type, String id) {
        return new Builder(type, id);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> facets) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach((name, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                for (String v : values) {
                    if (v != null && !v.isBlank()) {
                        kept.add(v.strip());
                    }
                }
                if (!kept.isEmpty()) {
                    copy.put(name, Set.copyOf(kept));
                }
            });
        }
        return Map.copyOf(copy);
    }

    /** Fluent construction, since most fields are optional. */
    public static final class Builder {
        private final String type;
        private final String id;
        private String url;
        private String title;
        private String summary;
        private String body;
        private OffsetDateTime date;
        private boolean published = true;
        private final Map<String, Set<String>> facets = new LinkedHashMap<>();
        private final Set<String> visibility = new LinkedHashSet<>();
        private Double latitude;
        private Double longitude;

        private Builder(String type, String id) {
            this.type = type;
            this.id = id;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder date(OffsetDateTime date) {
            this.date = date;
            return this;
        }

        /** Drafts and proposals are indexed for those who may see them, ranked a little lower. */
        public Builder published(boolean published) {
            this.published = published;
            return this;
        }

        /** Adds values to one of {@link SearchFacets#NAMES}; blank values are ignored. */
        public Builder facet(String name, String... values) {
            return facet(name, java.util.List.of(values));
        }

        public Builder facet(String name, Iterable<String> values) {
            Set<String> set = facets.computeIfAbsent(name, n -> new LinkedHashSet<>());
            values.forEach(set::add);
            return this;
        }

        /** Adds grants from {@link Visibility}. */
        public Builder visibleTo(String... grants) {
            visibility.addAll(java.util.List.of(grants));
            return this;
        }

        public Builder visibleTo(Iterable<String> grants) {
            grants.forEach(visibility::add);
            return this;
        }

        public Builder at(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(type, id, url, title, summary, body, date, published, facets, visibility,
                    latitude, longitude);
        }
    }
}
