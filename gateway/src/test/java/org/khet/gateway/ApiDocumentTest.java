package org.khet.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.khet.testkit.OpenApiRules;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The merge of the services' documents, on two small hand-made ones. */
class ApiDocumentTest {
    static final RouteTable TABLE = new RouteTable(
            Map.of("school", URI.create("http://127.0.0.1:1"), "budget", URI.create("http://127.0.0.1:2")),
            Map.of("school", List.of("/v1/areas", "/v1/schools"), "budget", List.of("/v1/areas/*/budget", "/v1/allocations")),
            List.of("/v1/changes", "/v1/feed-jobs"));
    static final ApiDocument.Info INFO = new ApiDocument.Info("Khet API", "1.0", "Everything at the gateway.",
            Optional.of("Khet maintainers"), Optional.of("https://khet.dev"), Optional.empty(),
            Optional.of("Apache-2.0"), Optional.of("https://www.apache.org/licenses/LICENSE-2.0"));

    /** An operation as the kit's filter leaves it: id, summary, tag, a JSON answer and its problems. */
    static String op(String id, String tag, String schema) {
        return """
                {"operationId": "%s", "summary": "%s", "tags": ["%s"], "responses": {
                  "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}},
                  "401": {"description": "No token", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}
                """.formatted(id, id + " summary", tag, schema);
    }

    static final String PROBLEM = """
            {"type": "object", "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}""";

    static final String SCHOOL = """
            {"openapi": "3.1.0", "info": {"title": "Khet school-service", "version": "1.0", "description": "Schools."},
             "servers": [{"url": "http://school:8081"}],
             "tags": [{"name": "areas", "description": "Areas, as school-service sees them"}, {"name": "schools", "description": "Schools"},
                      {"name": "changes", "description": "The change feed"}, {"name": "unused", "description": "No operation has it"}],
             "paths": {
               "/v1/areas/{code}/summary": {"get": %s},
               "/v1/schools": {"get": %s},
               "/v1/changes": {"get": %s},
               "/v1/feed-jobs/{id}": {"get": %s},
               "/q/health": {"get": {"operationId": "health", "responses": {"200": {"description": "UP"}}}}
             },
             "components": {
               "schemas": {
                 "Problem": %s,
                 "Page": {"type": "object", "description": "a page of schools", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, "meta": {"$ref": "#/components/schemas/Shared"}}},
                 "Item": {"type": "object", "properties": {"schoolCode": {"type": "string"}}},
                 "Wrapper": {"type": "object", "properties": {"item": {"$ref": "#/components/schemas/Item"}}},
                 "Shared": {"type": "object", "properties": {"n": {"type": "integer"}}},
                 "ChangeFeed": {"type": "object", "properties": {"next": {"type": "integer"}}},
                 "Job": {"type": "object", "properties": {"state": {"type": "string"}}}
               },
               "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer"}}
             },
             "security": [{"bearerJwt": []}]}
            """.formatted(op("getAreaSummary", "areas", "Wrapper"), op("listItems", "schools", "Page"),
            op("listChanges", "changes", "ChangeFeed"), op("getFeedJob", "changes", "Job"), PROBLEM);

    static final String BUDGET = """
            {"openapi": "3.1.0", "info": {"title": "Khet budget-service", "version": "1.0", "description": "Money."},
             "tags": [{"name": "areas", "description": "Areas, as budget-service sees them"}, {"name": "budget", "description": "Budget"},
                      {"name": "changes", "description": "The change feed"}],
             "paths": {
               "/v1/areas/{areaCode}/budget": {"get": %s},
               "/v1/allocations": {"get": %s},
               "/v1/areas/{code}/summary": {"get": %s},
               "/v1/changes": {"get": %s},
               "/v1/feed-jobs/{id}": {"get": %s},
               "/v1/org-replica/{code}": {"get": %s}
             },
             "components": {
               "schemas": {
                 "Problem": %s,
                 "Page": {"type": "object", "description": "a page of allocations", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
                 "Item": {"type": "object", "properties": {"allocationId": {"type": "integer"}}},
                 "Wrapper": {"type": "object", "properties": {"item": {"$ref": "#/components/schemas/Item"}}},
                 "Shared": {"properties": {"n": {"type": "integer"}}, "type": "object"},
                 "ChangeFeed": {"type": "object", "properties": {"next": {"type": "integer"}}},
                 "Job": {"type": "object", "properties": {"state": {"type": "string"}}},
                 "Unit": {"type": "object", "discriminator": {"propertyName": "kind", "mapping": {"page": "#/components/schemas/Page"}}},
                 "OrgUnit": {"type": "object", "properties": {"kind": {"type": "string"}}},
                 "Orphan": {"type": "object", "description": "nothing refers to it"}
               },
               "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer"}}
             }}
            """.formatted(op("getAreaBudget", "areas", "Wrapper"), op("listItems", "budget", "Unit"),
            op("getBudgetSummaryCopy", "areas", "Shared"), op("listChanges", "changes", "ChangeFeed"),
            op("getFeedJob", "changes", "Job"), op("getOrgReplicaUnit", "budget", "OrgUnit"), PROBLEM);

    static Map<String, JsonNode> docs(String... nameAndJson) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int i = 0; i < nameAndJson.length; i += 2) {
            out.put(nameAndJson[i], ApiDocument.JSON.readTree(nameAndJson[i + 1]));
        }
        return out;
    }

    static ObjectNode merged() throws Exception {
        return ApiDocument.merge(docs("school", SCHOOL, "budget", BUDGET), List.of(), TABLE, INFO, "http://127.0.0.1:8080");
    }

    static Set<String> operationIds(JsonNode doc) {
        Set<String> ids = new TreeSet<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        return ids;
    }

    @Test
    void pathsAreTheGatewaysAndOnlyThoseItRoutesToTheService() throws Exception {
        ObjectNode doc = merged();
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of("/api/v1/allocations", "/api/v1/areas/{areaCode}/budget", "/api/v1/areas/{code}/summary",
                "/api/v1/budget/changes", "/api/v1/budget/feed-jobs/{id}", "/api/v1/school/changes",
                "/api/v1/school/feed-jobs/{id}", "/api/v1/schools"), paths,
                "sorted; no /q/health, no org-replica (routed nowhere), and budget's /v1/areas/{code}/summary is school's");
        assertEquals("getAreaSummary", doc.at("/paths/~1api~1v1~1areas~1{code}~1summary/get/operationId").asText());
    }

    @Test
    void operationIdsOfPerServicePathsAndOfCollisionsGetTheServicesName() throws Exception {
        assertEquals(Set.of("getAreaBudget", "getAreaSummary", "getBudgetFeedJob", "getSchoolFeedJob",
                "listBudgetChanges", "listSchoolChanges", "listBudgetItems", "listSchoolItems"), operationIds(merged()));
        assertEquals("listBudgetChanges", ApiDocument.withService("listChanges", "budget"));
        assertEquals("getOfficeStaffFeedJob", ApiDocument.withService("getFeedJob", "office-staff"));
        assertEquals("healthSchool", ApiDocument.withService("health", "school"));
    }

    @Test
    void componentsWithOneNameAndTwoContentsAreRenamedPerServiceAndTheirRefsFollow() throws Exception {
        ObjectNode doc = merged();
        Set<String> schemas = new TreeSet<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(schemas::add);
        assertEquals(Set.of("Problem", "Shared", "ChangeFeed", "Job", "Unit", "SchoolPage", "BudgetPage",
                "SchoolItem", "BudgetItem", "SchoolWrapper", "BudgetWrapper"), schemas,
                "identical ones merged (Shared whatever its key order); Wrapper's text is the same but it refers to two"
                        + " Items; BudgetPage is used through Unit's discriminator; OrgUnit only by the org replica (left out)");
        assertEquals("#/components/schemas/SchoolItem", doc.at("/components/schemas/SchoolPage/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/BudgetItem", doc.at("/components/schemas/BudgetWrapper/properties/item/$ref").asText());
        assertEquals("a page of allocations", doc.at("/components/schemas/BudgetPage/description").asText());
        assertEquals("#/components/schemas/SchoolPage", doc.at("/paths/~1api~1v1~1schools/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Unit", doc.at("/paths/~1api~1v1~1allocations/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/BudgetWrapper",
                doc.at("/paths/~1api~1v1~1areas~1{areaCode}~1budget/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/BudgetPage", doc.at("/components/schemas/Unit/discriminator/mapping/page").asText());
        assertEquals("#/components/schemas/Problem",
                doc.at("/paths/~1api~1v1~1schools/get/responses/401/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void theMergeIsTheSameWhicheverServiceAnsweredFirst() throws Exception {
        assertEquals(merged(), ApiDocument.merge(docs("budget", BUDGET, "school", SCHOOL), List.of(), TABLE, INFO, "http://127.0.0.1:8080"));
    }

    @Test
    void theDocumentDescribesItselfTheGatewayAndItsSecurity() throws Exception {
        ObjectNode doc = merged();
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals("Khet API", doc.at("/info/title").asText());
        assertEquals("1.0", doc.at("/info/version").asText());
        assertTrue(doc.at("/info/description").asText().startsWith("Everything at the gateway."));
        assertTrue(doc.at("/info/description").asText().contains("- **Khet school-service**: Schools."));
        assertEquals("https://khet.dev", doc.at("/info/contact/url").asText());
        assertEquals("Apache-2.0", doc.at("/info/license/name").asText());
        assertEquals("http://127.0.0.1:8080", doc.at("/servers/0/url").asText());
        assertEquals(1, doc.path("servers").size());
        assertEquals("bearer", doc.at("/components/securitySchemes/bearerJwt/scheme").asText());
        assertEquals("JWT", doc.at("/components/securitySchemes/bearerJwt/bearerFormat").asText());
        assertTrue(doc.at("/security/0").has("bearerJwt"));
        JsonNode budget = doc.at("/paths/~1api~1v1~1areas~1{areaCode}~1budget/get/responses");
        assertEquals("integer", budget.at("/429/headers/Retry-After/schema/type").asText());
        assertEquals("#/components/schemas/Problem", budget.at("/504/content/application~1problem+json/schema/$ref").asText());
        assertEquals(List.of(), OpenApiRules.violations(doc), "the merged document keeps the services' rules");
    }

    @Test
    void tagsAreMergedByNameAndGroupedByService() throws Exception {
        ObjectNode doc = merged();
        Map<String, String> tags = new LinkedHashMap<>();
        doc.path("tags").forEach(t -> tags.put(t.path("name").asText(), t.path("description").asText()));
        assertEquals(Map.of("areas", "Areas, as budget-service sees them", "budget", "Budget", "changes", "The change feed",
                "schools", "Schools"), tags, "one 'areas' (budget's came first), no tag no operation has");
        assertEquals("Khet budget-service", doc.at("/x-tagGroups/0/name").asText());
        assertEquals("[\"areas\",\"budget\",\"changes\"]", doc.at("/x-tagGroups/0/tags").toString());
        assertEquals("[\"areas\",\"schools\",\"changes\"]", doc.at("/x-tagGroups/1/tags").toString());
    }

    @Test
    void aServiceThatDidNotAnswerIsNamedAndDocumentsOfTwoVersionsAreRefused() throws Exception {
        ObjectNode doc = ApiDocument.merge(docs("school", SCHOOL), List.of("budget"), TABLE, INFO, "http://gw");
        assertEquals("[\"budget\"]", doc.path("x-khet-unavailable").toString());
        assertTrue(doc.at("/info/description").asText().contains("did not give their document just now: budget."));
        assertEquals(Set.of("getAreaSummary", "getSchoolFeedJob", "listSchoolChanges", "listItems"), operationIds(doc),
                "alone, school's listItems collides with nothing");

        ApiDocument.NotMergeable mixed = assertThrows(ApiDocument.NotMergeable.class, () -> ApiDocument.merge(
                docs("school", SCHOOL, "budget", BUDGET.replace("\"3.1.0\"", "\"3.0.3\"")), List.of(), TABLE, INFO, "http://gw"));
        assertTrue(mixed.getMessage().contains("budget service's document is OpenAPI 3.0.3"), mixed.getMessage());
    }
}
