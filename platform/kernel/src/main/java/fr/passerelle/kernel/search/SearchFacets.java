package fr.passerelle.kernel.search;

import java.util.List;

/**
 * The facets every search offers. Values are what people read (French labels), except {@code type},
 * whose values are the indexers' type codes, shown with {@link SearchIndexer#label()}. {@code year} is
 * derived from the document's date by the index and need not be given.
 */
public final class SearchFacets {

    public static final String TYPE = "type";
    public static final String THEME = "theme";
    public static final String AUDIENCE = "audience";
    public static final String LICENCE = "licence";
    public static final String TERRITORY = "territory";
    public static final String REGION = "region";
    public static final String YEAR = "year";

    public static final List<String> NAMES = List.of(TYPE, THEME, AUDIENCE, LICENCE, TERRITORY, REGION, YEAR);

    private SearchFacets() {
    }

    /** The French name of a facet, as shown above its values. */
    public static String label(String name) {
        return switch (name) {
            case TYPE -> "Type de contenu";
            case THEME -> "Thème";
            case AUDIENCE -> "Public";
            case LICENCE -> "Licence";
            case TERRITORY -> "Territoire";
            case REGION -> "Région";
            case YEAR -> "Année";
            default -> name;
        };
    }
}
