package fr.passerelle.territories.control;

import fr.passerelle.kernel.web.HtmlEscaper;
import fr.passerelle.territories.entity.Territory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws the map of France of the overview as SVG, with nothing from outside: the départements' outlines
 * from the WAR, the pilot territories coloured, each with a numbered marker that links to its page and
 * carries its name for screen readers. The overseas départements are boxes under the map. The numbers
 * are those of the list printed next to the map, its accessible equivalent.
 */
public final class TerritoryMap {

    static final String LAND = "#e5e5e5";
    static final String PILOT = "#cacafb";
    static final String MARKER = "#000091";
    static final double MARKER_RADIUS = 9;
    static final double BOX_WIDTH = 110;
    static final double BOX_HEIGHT = 44;
    /** The five overseas départements, drawn as labelled boxes. */
    static final List<Map.Entry<String, String>> OVERSEAS = List.of(Map.entry("971", "Guadeloupe"),
            Map.entry("972", "Martinique"), Map.entry("973", "Guyane"), Map.entry("974", "La Réunion"),
            Map.entry("976", "Mayotte"));

    /** A territory on the map: its number in the list, link, accessible name. */
    public record Marker(int number, String href, String label, Set<String> departements) {
        public static Marker of(int number, Territory t, String label) {
            return new Marker(number, t.getPath(), label, t.getDepartements());
        }
    }

    private TerritoryMap() {
    }

    public static String svg(List<Marker> markers, String title) {
        DepartementShapes shapes = DepartementShapes.get();
        double boxesTop = shapes.height() + 12;
        double height = boxesTop + BOX_HEIGHT + 8;
        Set<String> pilot = new HashSet<>();
        markers.forEach(m -> pilot.addAll(m.departements()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"passerelle-map\" viewBox=\"0 0 ")
                .append(num(shapes.width())).append(' ').append(num(height))
                .append("\" role=\"group\" aria-labelledby=\"carte-titre\" focusable=\"false\">\n")
                .append("<title id=\"carte-titre\">").append(HtmlEscaper.escape(title)).append("</title>\n")
                .append("<g aria-hidden=\"true\" stroke=\"#ffffff\" stroke-width=\"0.6\">\n");
        for (DepartementShapes.Shape s : shapes.all()) {
            svg.append("<path d=\"").append(HtmlEscaper.escape(s.path())).append("\" fill=\"")
                    .append(pilot.contains(s.code()) ? PILOT : LAND).append("\"/>\n");
        }
        List<double[]> boxes = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> overseas : OVERSEAS) {
            double x = 6 + n++ * (BOX_WIDTH + 8);
            boxes.add(new double[] {x + BOX_WIDTH / 2, boxesTop + BOX_HEIGHT / 2});
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(boxesTop)).append("\" width=\"")
                    .append(num(BOX_WIDTH)).append("\" height=\"").append(num(BOX_HEIGHT)).append("\" rx=\"4\" fill=\"")
                    .append(pilot.contains(overseas.getKey()) ? PILOT : LAND).append("\"/>\n")
                    .append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(num(boxesTop + 14))
                    .append("\" font-size=\"11\" fill=\"#161616\" stroke=\"none\">")
                    .append(HtmlEscaper.escape(overseas.getValue())).append("</text>\n");
        }
        svg.append("</g>\n<g>\n");
        List<double[]> placed = new ArrayList<>();
        for (Marker m : markers) {
            double[] at = position(shapes, m.departements(), boxes);
            if (at == null) {
                continue;
            }
            at = clear(at, placed);
            placed.add(at);
            svg.append("<a href=\"").append(HtmlEscaper.escape(m.href())).append("\" aria-label=\"")
                    .append(HtmlEscaper.escape(m.number() + ". " + m.label())).append("\">")
                    .append("<title>").append(HtmlEscaper.escape(m.label())).append("</title>")
                    .append("<circle cx=\"").append(num(at[0])).append("\" cy=\"").append(num(at[1])).append("\" r=\"")
                    .append(num(MARKER_RADIUS)).append("\" fill=\"").append(MARKER)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(num(at[0])).append("\" y=\"").append(num(at[1] + 4))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" aria-hidden=\"true\">")
                    .append(m.number()).append("</text></a>\n");
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The centre of the territory's départements, or of its overseas box. */
    private static double[] position(DepartementShapes shapes, Set<String> departements, List<double[]> boxes) {
        double[] centre = shapes.centreOf(departements);
        if (centre != null) {
            return centre;
        }
        for (int i = 0; i < OVERSEAS.size(); i++) {
            if (departements.contains(OVERSEAS.get(i).getKey())) {
                return new double[] {boxes.get(i)[0], boxes.get(i)[1] + 6};
            }
        }
        return null;
    }

    /** Moves a marker along a small spiral until it no longer covers one already placed. */
    static double[] clear(double[] at, List<double[]> placed) {
        double[] p = at;
        for (int step = 1; step < 60 && overlaps(p, placed); step++) {
            double angle = step * 2.4;
            double radius = 2 * MARKER_RADIUS * Math.sqrt(step) * 0.8;
            p = new double[] {at[0] + radius * Math.cos(angle), at[1] + radius * Math.sin(angle)};
        }
        return p;
    }

    private static boolean overlaps(double[] p, List<double[]> placed) {
        return placed.stream().anyMatch(q -> Math.hypot(p[0] - q[0], p[1] - q[1]) < 2 * MARKER_RADIUS + 1);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
