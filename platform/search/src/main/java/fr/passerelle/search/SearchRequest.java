package fr.passerelle.search;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchFacets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as asked: the text, facet filters (several values of one facet are alternatives, facets
 * combine), the page and the order.
 *
 * @param text what was typed, raw; {@link QueryParsing} cleans and caps it
 * @param filters facet name to selected values, names from {@link SearchFacets#NAMES}
 */
public record SearchRequest(String text, Map<String, Set<String>> filters, Paging paging, Order order) {

  /** The deepest result reachable by paging: beyond, people refine rather than page. */
  public static final int MAX_DEPTH = 10_000;

  static final int MAX_VALUES_PER_FACET = 20;
  static final int MAX_VALUE_LENGTH = 200;
  private static final String INVALID_VALUE =
      "valeur invalide (" + MAX_VALUE_LENGTH + " caractères au plus, sans caractère de contrôle)";

  public enum Order {
    RELEVANCE("pertinence"),
    DATE("date");

    private final String code;

    Order(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public SearchRequest {
    text = text == null ? "" : text;
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    filters.forEach((name, values) -> copy.put(name, Set.copyOf(values)));
    filters = Map.copyOf(copy);
  }

  public static SearchRequest of(String text) {
    return new SearchRequest(text, Map.of(), new Paging(1, Paging.DEFAULT_SIZE), Order.RELEVANCE);
  }

  /**
   * Reads the parameters of {@code /api/search} and {@code /recherche}.
   *
   * @param type shorthand for {@code facet.type}
   * @param facetParameters {@code facet.<name>} parameters, by full parameter name
   * @throws InvalidInput naming every parameter at fault, in French
   */
  private static boolean isValidValue(String value) {
    return value.length() <= MAX_VALUE_LENGTH && value.chars().noneMatch(Character::isISOControl);
  }

  public static SearchRequest parse(
      String q, String type, String page, String size, String sort, Map<String, List<String>> facetParameters) {
    InvalidInput.Collector errors = new InvalidInput.Collector();
    Paging paging = null;
    try {
      paging = Paging.parse(page, size);
      if ((long) paging.page() * paging.size() > MAX_DEPTH) {
        errors.add("page", "trop lointaine : les " + MAX_DEPTH + " premiers résultats seulement sont accessibles ; "
            + "précisez la recherche");
      }
    } catch (InvalidInput e) {
      e.errors().forEach(f -> errors.add(f.getField(), f.getMessage()));
    }
    Order order = Order.RELEVANCE;
    if (sort != null && !sort.isBlank()) {
      order = switch (sort.strip()) {
        case "pertinence", "relevance" -> Order.RELEVANCE;
        case "date" -> Order.DATE;
        default -> {
          errors.add("sort", "valeurs possibles : pertinence, date");
          yield Order.RELEVANCE;
        }
      };
    }
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    if (type != null && !type.isBlank()) {
      if (isValidValue(type)) {
        filters.computeIfAbsent(SearchFacets.TYPE, n -> new LinkedHashSet<>()).add(type.strip());
      } else {
        errors.add("type", INVALID_VALUE);
      }
    }
    facetParameters.forEach((parameter, values) -> {
      String name = parameter.substring(parameter.indexOf('.') + 1);
      if (!SearchFacets.NAMES.contains(name)) {
        errors.add(parameter, "facette inconnue ; facettes possibles : " + SearchFacets.NAMES);
        return;
      }
      Set<String> kept = filters.computeIfAbsent(name, n -> new LinkedHashSet<>());
      for (String value : values) {
        if (value == null || value.isBlank()) {
          continue;
        }
        if (!isValidValue(value)) {
          errors.add(parameter, INVALID_VALUE);
          return;
        }
        kept.add(value.strip());
      }
      if (kept.size() > MAX_VALUES_PER_FACET) {
        errors.add(parameter, MAX_VALUES_PER_FACET + " valeurs au plus");
      }
    });
    filters.values().removeIf(Set::isEmpty);
    errors.throwIfAny();
    return new SearchRequest(q, filters, paging, order);
  }
}
