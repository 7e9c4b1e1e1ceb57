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
        }
    }
}
