package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed input to every write operation the gateway's API document lists (issue #24): each operation gets the
 * variants its request body admits — broken and empty JSON, the wrong root, a duplicate key, an unknown field, each
 * property with the wrong type, a 100,000-character text and control characters; for a feed, a CSV of unknown
 * columns, a 100,000-character cell, bytes that are not UTF-8, an XLSX that is no zip and an XLSX whose sheet expands
 * to 150 MB, a code written as a JSON number; the wrong Content-Type; path parameters of the wrong shape — plus a
 * 100,000-character path. Every variant is invalid, so every answer must be a 4xx problem+json whose {@code status}
 * is the answer's; a 2xx stored something it should not have, a 5xx is a defect. Nothing may be stored: every
 * service's change feed ends where it ended before the run. Runs on the demo stack as an obec-admin (so a refusal is
 * the input's fault, not the role's), one token subject per operation (the gateway's rate limit is per subject).
 */
@ExtendWith(DemoStack.class)
class FuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1 as curl and the services' clients speak it (the JDK's default tries an h2c upgrade first). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String LONG = "ก".repeat(100_000);

    record Variant(String name, String contentType, byte[] body, String path) {
    }

    @Test
    void everyWriteOperationRefusesMalformedInputWithAProblemAndStoresNothing() throws Exception {
        Stack stack = DemoStack.stack();
        JsonNode doc = JSON.readTree(send(stack.gateway() + "/q/openapi", "GET", null, null, null).body());
        Map<String, Long> before = heads(stack);
        byte[] bomb = xlsxBomb();

        Map<String, Integer> byClass = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                operations++;
                String token = stack.token("fuzz-" + operations, "obec-admin", List.of("obec"));
                for (Variant v : variants(doc, path.getKey(), op, bomb)) {
                    requests++;
                    HttpResponse<byte[]> answer = send(stack.gateway() + v.path(), method.toUpperCase(), v.contentType(),
                            v.body(), token);
                    String where = method.toUpperCase() + " " + path.getKey() + " [" + v.name() + "]";
                    byClass.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
                    String defect = judge(answer);
                    if (defect != null) {
                        defects.add(where + ": " + defect);
                    }
                }
            }
        }
        // a 100,000-character path: 414 from the gateway, as a problem
        requests++;
        HttpResponse<byte[]> longPath = send(stack.gateway() + "/api/v1/schools/" + "9".repeat(100_000), "PUT",
                "application/json", "{}".getBytes(StandardCharsets.UTF_8), stack.token("fuzz-path", "obec-admin", List.of("obec")));
        byClass.merge(String.valueOf(longPath.statusCode()), 1, Integer::sum);
        String pathDefect = judge(longPath);
        if (pathDefect != null) {
            defects.add("PUT a 100,000-character path: " + pathDefect);
        }

        Map<String, Long> after = heads(stack);
        System.out.printf("fuzz: %d write operations, %d requests, answers by status %s, %d defects%n",
                operations, requests, byClass, defects.size());
        defects.forEach(d -> System.out.println("  " + d));
        assertTrue(operations >= 50, "the API document lists " + operations + " write operations");
        // most refusals must be the input's (400, 413, 414, 415, 422), not a lookup that never reached validation
        int inputRefusals = byClass.entrySet().stream().filter(e -> List.of("400", "413", "414", "415", "422").contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        assertTrue(inputRefusals * 2 > requests, inputRefusals + " of " + requests + " answers refused the input itself");
        assertTrue(defects.isEmpty(), () -> defects.size() + " defect(s), first: " + defects.get(0));
        assertEquals(before, after, "a refused request published (so stored) something");
    }

    /** Null when the answer is a 4xx problem+json whose status is the answer's; otherwise what is wrong with it. */
    static String judge(HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String head = new String(answer.body(), 0, Math.min(answer.body().length, 300), StandardCharsets.UTF_8);
        if (status < 400 || status >= 500) {
            return "answered " + status + " " + head;
        }
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as '" + type + "', not problem+json: " + head;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "answered " + status + " with a problem whose status or title is wrong: " + head;
            }
        } catch (IOException e) {
            return "answered " + status + " with a body that is not JSON: " + head;
        }
        return null;
    }

    /** The variants an operation's request body and path admit; every one of them is invalid input. */
    static List<Variant> variants(JsonNode doc, String template, JsonNode op, byte[] bomb) {
        String path = fill(template, op, Map.of());
        List<Variant> out = new ArrayList<>();
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            boolean feed = content.has("text/csv");
            out.add(json("broken JSON", path, "{\"a\":"));
            out.add(json("empty body", path, ""));
            out.add(json("null", path, "null"));
            out.add(json("a number as the root", path, "42"));
            out.add(json("unknown field", path, feed ? "[{\"zzUnknown\":1}]" : "{\"zzUnknown\":1}"));
            JsonNode schema = resolve(doc, content.path("application/json").path("schema"));
            if (feed) {
                out.add(json("a code as a JSON number", path, "[{\"schoolCode\":2147483648,\"areaCode\":5602}]"));
            } else {
                if ("array".equals(schema.path("type").asText())) {
                    out.add(json("an object for an array", path, "{}"));
                    schema = resolve(doc, schema.path("items"));
                } else {
                    out.add(json("an array for an object", path, "[]"));
                }
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = props.next();
                    JsonNode ps = resolve(doc, p.getValue());
                    String type = ps.path("type").asText();
                    String name = p.getKey();
                    if (type.equals("string")) {
                        out.add(json("'" + name + "' a number", path, object(name, "12345678901")));
                        out.add(json("'" + name + "' 100,000 characters", path, object(name, JSON.valueToTree(LONG).toString())));
                        out.add(json("'" + name + "' with control characters", path, object(name, "\"ab\\u0000c\\u001bd\"")));
                        out.add(json("'" + name + "' twice", path, "{\"" + name + "\":\"a\",\"" + name + "\":\"b\"}"));
                    } else if (type.equals("integer") || type.equals("number")) {
                        out.add(json("'" + name + "' a word", path, object(name, "\"abc\"")));
                        out.add(json("'" + name + "' an object", path, object(name, "{}")));
                    }
                }
            }
            out.add(new Variant("XML", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), path));
        }
        if (content.has("text/csv")) {
            out.add(new Variant("CSV of unknown columns", "text/csv", "zz,yy\n1,2\n".getBytes(StandardCharsets.UTF_8), path));
            out.add(new Variant("CSV with a 100,000-character cell", "text/csv",
                    ("schoolCode,areaCode\n" + LONG + ",5602\n").getBytes(StandardCharsets.UTF_8), path));
            out.add(new Variant("CSV that is not UTF-8", "text/csv", new byte[]{'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE, ',', 0x00, '\n'}, path));
            out.add(new Variant("CSV header only", "text/csv", "schoolCode\n".getBytes(StandardCharsets.UTF_8), path));
        }
        if (content.has(XLSX)) {
            out.add(new Variant("XLSX that is no zip", XLSX, "PK\u0003\u0004 not really".getBytes(StandardCharsets.UTF_8), path));
            out.add(new Variant("XLSX whose sheet expands to 150 MB", XLSX, bomb, path));
        }
        if (content.has("multipart/form-data")) {
            out.add(new Variant("multipart without parts", "multipart/form-data; boundary=zz", "--zz--\r\n".getBytes(StandardCharsets.UTF_8), path));
            out.add(new Variant("text claimed as an image", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8), path));
        }
        if (content.isMissingNode() || content.isEmpty()) {
            out.add(new Variant("a body where none is taken, on an unknown id", "application/json",
                    "{\"zz\":1}".getBytes(StandardCharsets.UTF_8), fill(template, op, Map.of("*", UUID.randomUUID().toString()))));
        }
        // path parameters of the wrong shape: a quote and a semicolon, a control character, 300 characters
        for (JsonNode p : op.path("parameters")) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : List.of("%27%3B%20drop%20table%20x%3B--", "%00", "9".repeat(300))) {
                out.add(new Variant("path '" + name + "' = " + (bad.length() > 40 ? "300 nines" : bad),
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8), fill(template, op, Map.of(name, bad))));
            }
        }
        return out;
    }

    static Variant json(String name, String path, String body) {
        return new Variant(name, "application/json", body.getBytes(StandardCharsets.UTF_8), path);
    }

    static String object(String name, String rawValue) {
        return "{\"" + name + "\":" + rawValue + "}";
    }

    /** The path with each parameter's example (or a fresh UUID), except those given. */
    static String fill(String template, JsonNode op, Map<String, String> given) {
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            String value = given.getOrDefault(name, given.get("*"));
            if (value == null) {
                JsonNode example = p.path("example");
                value = example.isMissingNode() || example.isNull() ? UUID.randomUUID().toString() : example.asText();
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** An XLSX of a few hundred kilobytes whose one sheet expands to 150 MB of XML. */
    static byte[] xlsxBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 150; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Where each service's change feed ends now (the last position; 0 when empty). */
    static Map<String, Long> heads(Stack stack) throws Exception {
        String token = stack.token("fuzz-heads", "obec-admin", List.of("obec"));
        Map<String, Long> heads = new LinkedHashMap<>();
        for (String service : Stack.SERVICES) {
            long after = 0;
            while (true) {
                HttpResponse<byte[]> page = send(stack.gateway() + "/api/v1/" + service + "/changes?limit=1000&after=" + after,
                        "GET", null, null, token);
                assertEquals(200, page.statusCode(), service + "'s change feed: " + new String(page.body(), StandardCharsets.UTF_8));
                ObjectNode node = (ObjectNode) JSON.readTree(page.body());
                after = node.path("next").asLong();
                if (!node.path("hasMore").asBoolean()) {
                    break;
                }
            }
            heads.put(service, after);
        }
        return heads;
    }

    static HttpResponse<byte[]> send(String url, String method, String contentType, byte[] body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
