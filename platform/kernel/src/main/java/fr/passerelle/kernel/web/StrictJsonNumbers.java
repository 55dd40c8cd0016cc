package fr.passerelle.kernel.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON numbers as the API reads them into request objects: exactly, or not at all. Left to itself, JSON-B (Yasson,
 * the container's) truncates without a word: {@code 50.5} into an Integer is 50, {@code 1e308} is 0 and
 * {@code 4294967346} wraps round to 50. It also parses a BigDecimal of a megabyte of digits, twenty seconds of CPU,
 * before any check or sign-in can refuse the request. Here an Integer or a Long must be a whole number in its range
 * and a decimal is at most {@value #DECIMAL_MAX} characters long; anything else is a {@link JsonbException}, which
 * the error mapper answers as a French 400. Digits sent as a JSON string ({@code "3000"}) are read the same way.
 */
@Provider
public class StrictJsonNumbers implements ContextResolver<Jsonb> {

    /** Far more than any amount, coordinate or count needs; a longer number is an attack or an accident. */
    public static final int DECIMAL_MAX = 100;

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    /** The JSON-B configuration of the API: the defaults, with these number deserializers. */
    public static JsonbConfig config() {
        return new JsonbConfig().withDeserializers(new Decimals(), new Integers(), new Longs());
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * The number's text, or null for a JSON null; booleans, objects and arrays are refused. The value is read through
     * the parser's own number (which refuses more than about a thousand digits at once) rather than as raw text.
     */
    static String text(JsonParser parser) {
        JsonValue value;
        try {
            value = parser.getValue();
        } catch (RuntimeException e) {
            throw new JsonbException("nombre illisible", e);
        }
        String text = switch (value.getValueType()) {
            case NULL -> null;
            case NUMBER -> value.toString();
            case STRING -> ((JsonString) value).getString();
            default -> throw new JsonbException("un nombre est attendu");
        };
        if (text != null && text.length() > DECIMAL_MAX) {
            throw new JsonbException("nombre de plus de " + DECIMAL_MAX + " caractères");
        }
        return text;
    }

    /** The number read by {@code parse}, or null; a value it refuses is a JsonbException saying what was expected. */
    static <T> T read(JsonParser parser, Function<String, T> parse, String expected) {
        String text = text(parser);
        try {
            return text == null ? null : parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new JsonbException("« " + text + " » n'est pas " + expected, e);
        }
    }

    static final class Decimals implements JsonbDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, BigDecimal::new, "un nombre");
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Integer::valueOf, "un nombre entier entre " + Integer.MIN_VALUE + " et " + Integer.MAX_VALUE);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, Long::valueOf, "un nombre entier");
        }
    }
}
