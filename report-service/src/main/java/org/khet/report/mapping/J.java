package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reading of the services' summary JSON: each getter takes the field names a value may have (the
 * services name things slightly differently: {@code nameTh} / {@code name}), and missing fields read as null
 * rather than failing, so a summary that lacks a table yields a table marked "no data", not a 500.
 */
final class J {
    private J() {
    }

    static JsonNode node(JsonNode n, String... names) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return MissingNode.getInstance();
        }
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return MissingNode.getInstance();
    }

    /** Follows a path of single names: path(n, "tests", "onet"). */
    static JsonNode path(JsonNode n, String... names) {
        JsonNode cur = n;
        for (String name : names) {
            cur = node(cur, name);
        }
        return cur;
    }

    static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    static String text(JsonNode n, String... names) {
        JsonNode v = node(n, names);
        if (!present(v)) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        return v.isValueNode() ? v.asText() : null;
    }

    static BigDecimal dec(JsonNode n, String... names) {
        JsonNode v = node(n, names);
        if (!present(v)) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            String s = v.asText().replace(",", "").strip();
            if (s.isEmpty() || s.equals("-")) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Long lng(JsonNode n, String... names) {
        BigDecimal d = dec(n, names);
        return d == null ? null : d.longValue();
    }

    static Boolean bool(JsonNode n, String... names) {
        JsonNode v = node(n, names);
        return present(v) && v.isBoolean() ? v.booleanValue() : null;
    }

    /** The elements of an array field; an object with a {@code rows} / {@code items} array counts as that array. */
    static List<JsonNode> list(JsonNode n, String... names) {
        JsonNode v = names.length == 0 ? n : node(n, names);
        if (present(v) && v.isObject()) {
            v = node(v, "rows", "items", "lines");
        }
        List<JsonNode> out = new ArrayList<>();
        if (present(v) && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** An array of strings, or of objects whose text is in one of {@code textNames}. */
    static List<String> texts(JsonNode n, String field, String... textNames) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : list(n, field)) {
            String s = e.isValueNode() ? e.asText() : text(e, textNames);
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }
}
