package org.khet.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every Khet API document keeps so that generated clients can use it (issue 20): a unique camel-case
 * {@code operationId} (verb + noun, {@code listAreaSchools}) and a summary on every operation, tags that the document
 * describes, the bearer-JWT security scheme, a schema on every JSON success answer (no {@code any} in a generated
 * client), and every error answer as {@code application/problem+json}. {@link #violations} lists what breaks them;
 * each service's test asserts the list is empty.
 */
public final class OpenApiRules {
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-z]*[A-Z][A-Za-z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiRules() {
    }

    /** Every broken rule, one line each naming the operation ("GET /v1/areas/{code}: no operationId"). */
    public static List<String> violations(JsonNode doc) {
        List<String> out = new ArrayList<>();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        if (!schemes.path("bearerJwt").path("scheme").asText().equals("bearer")) {
            out.add("components.securitySchemes has no bearerJwt (http bearer) scheme");
        }
        if (!doc.path("security").isArray() || doc.path("security").isEmpty()) {
            out.add("the document has no global security requirement");
        }
        Map<String, String> describedTags = new HashMap<>();
        for (JsonNode t : doc.path("tags")) {
            describedTags.put(t.path("name").asText(), t.path("description").asText(""));
        }
        Set<String> ids = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                check(where, op.getValue(), ids, describedTags, out);
                parameters(where, op.getValue().path("parameters"), doc, out);
                bodyExamples(where, op.getValue().path("requestBody").path("content"), doc, out);
            }
        }
        return out;
    }

    private static void check(String where, JsonNode op, Set<String> ids, Map<String, String> tags, List<String> out) {
        String id = op.path("operationId").asText("");
        if (id.isEmpty()) {
            out.add(where + ": no operationId");
        } else if (!OPERATION_ID.matcher(id).matches()) {
            out.add(where + ": operationId '" + id + "' is not camel case verb + noun");
        } else if (!ids.add(id)) {
            out.add(where + ": operationId '" + id + "' is used twice");
        }
        if (op.path("summary").asText("").isBlank()) {
            out.add(where + ": no summary");
        }
        if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
            out.add(where + ": no tag");
        }
        for (JsonNode t : op.path("tags")) {
            if (tags.getOrDefault(t.asText(), "").isBlank()) {
                out.add(where + ": tag '" + t.asText() + "' has no description in the document's tags");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext(); ) {
            Map.Entry<String, JsonNode> r = rs.next();
            String status = r.getKey();
            JsonNode content = r.getValue().path("content");
            if (status.startsWith("4") || status.startsWith("5")) {
                if (!content.has("application/problem+json")) {
                    out.add(where + ": " + status + " is not documented as application/problem+json");
                }
            } else if (status.startsWith("2") && content.has("application/json")) {
                JsonNode schema = content.path("application/json").path("schema");
                if (!schema.has("$ref") && !schema.has("type") && !schema.has("oneOf") && !schema.has("allOf")) {
                    out.add(where + ": " + status + " application/json has no schema");
                }
            }
        }
        if (!op.path("responses").fields().hasNext()) {
            out.add(where + ": no responses");
        } else {
            boolean success = false;
            for (Iterator<String> statuses = op.path("responses").fieldNames(); statuses.hasNext(); ) {
                success |= statuses.next().startsWith("2");
            }
            if (!success) {
                out.add(where + ": no 2xx answer is documented");
            }
        }
    }

    /** Every parameter has a schema, and its example is a value of the schema's type (an area code's is a string). */
    private static void parameters(String where, JsonNode parameters, JsonNode doc, List<String> out) {
        for (JsonNode p : parameters) {
            String name = p.path("in").asText() + " parameter '" + p.path("name").asText() + "'";
            if (!p.has("schema") && !p.has("content")) {
                out.add(where + ": " + name + " has no schema");
            } else if (p.has("example") && !fits(p.path("example"), type(p.path("schema"), doc))) {
                out.add(where + ": " + name + "'s example " + p.path("example") + " is not a " + type(p.path("schema"), doc));
            }
        }
    }

    /** A request body's JSON example is of its schema's type (an array feed's example is an array). */
    private static void bodyExamples(String where, JsonNode content, JsonNode doc, List<String> out) {
        JsonNode json = content.path("application/json");
        if (json.has("example") && !fits(json.path("example"), type(json.path("schema"), doc))) {
            out.add(where + ": the application/json body's example is not a " + type(json.path("schema"), doc));
        }
    }

    /** The schema's type, through a {@code $ref} to the document's components; "" when it names none. */
    private static String type(JsonNode schema, JsonNode doc) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return type(doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)), doc);
        }
        JsonNode type = schema.path("type");
        return type.isArray() ? (type.isEmpty() ? "" : type.get(0).asText()) : type.asText("");
    }

    private static boolean fits(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }
}
