package org.khet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenApiRulesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A document that keeps every rule, with {@code operation} as its one operation at GET /v1/areas/{code}. */
    static JsonNode doc(String operation) throws Exception {
        return JSON.readTree("""
                {"security":[{"bearerJwt":[]}],
                 "tags":[{"name":"areas","description":"Area offices"}],
                 "components":{"securitySchemes":{"bearerJwt":{"type":"http","scheme":"bearer"}},
                               "schemas":{"AreaCode":{"type":"string","pattern":"^[0-9]{4}$"},
                                          "Area":{"type":"object"}}},
                 "paths":{"/v1/areas/{code}":{"get":%s}}}
                """.formatted(operation));
    }

    static final String GOOD = """
            {"operationId":"getArea","summary":"An area","tags":["areas"],
             "parameters":[{"name":"code","in":"path","example":"5602","schema":{"$ref":"#/components/schemas/AreaCode"}},
                           {"name":"If-None-Match","in":"header","schema":{"type":"string"}}],
             "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Area"}}}},
                          "404":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}
            """;

    @Test
    void aDocumentThatKeepsEveryRuleHasNoViolation() throws Exception {
        assertEquals(List.of(), OpenApiRules.violations(doc(GOOD)));
    }

    @Test
    void aNumberAsTheExampleOfAStringParameterThroughARefIsAViolation() throws Exception {
        assertEquals(List.of("GET /v1/areas/{code}: path parameter 'code''s example 5602 is not a string"),
                OpenApiRules.violations(doc(GOOD.replace("\"example\":\"5602\"", "\"example\":5602"))));
    }

    @Test
    void aParameterWithoutSchemaIsAViolation() throws Exception {
        assertEquals(List.of("GET /v1/areas/{code}: header parameter 'If-None-Match' has no schema"),
                OpenApiRules.violations(doc(GOOD.replace(",\"schema\":{\"type\":\"string\"}}]", "}]"))));
    }

    @Test
    void anOperationWithOnlyErrorAnswersIsAViolation() throws Exception {
        String errorsOnly = GOOD.replaceFirst("\"200\":\\{\"content\":\\{\"application/json\":\\{\"schema\":\\{\"\\$ref\":\"#/components/schemas/Area\"}}}},", "");
        assertEquals(List.of("GET /v1/areas/{code}: no 2xx answer is documented"), OpenApiRules.violations(doc(errorsOnly)));
    }

    @Test
    void anObjectAsTheExampleOfAnArrayBodyIsAViolation() throws Exception {
        String post = GOOD.replace("\"responses\"", """
                "requestBody":{"content":{"application/json":{"schema":{"type":"array"},"example":{"rows":[]}}}},"responses\"""");
        assertEquals(List.of("GET /v1/areas/{code}: the application/json body's example is not a array"),
                OpenApiRules.violations(doc(post)));
        assertEquals(List.of(), OpenApiRules.violations(doc(post.replace("{\"rows\":[]}", "[]"))));
    }
}
