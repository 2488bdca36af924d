package com.kneerehab.records.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Declaring each step once, in its findings class, did not change the API: the evaluation routes and the
 * schemas of their requests are exactly those of the OpenAPI document built before the change
 * ({@code evaluation/openapi-before-one-definition.json}, taken from that build's {@code /q/openapi}).
 */
@QuarkusTest
class OpenApiUnchangedTest {

    @Test
    void theEvaluationRoutesAndRequestSchemasAreAsBefore() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode before;
        try (InputStream in = getClass().getResourceAsStream("/evaluation/openapi-before-one-definition.json")) {
            assertNotNull(in);
            before = json.readTree(in);
        }
        JsonNode now = json.readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());

        for (Iterator<Map.Entry<String, JsonNode>> paths = before.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertEquals(path.getValue(), now.get("paths").get(path.getKey()), "route " + path.getKey());
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = before.get("schemas").fields(); schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            assertEquals(schema.getValue(), now.get("components").get("schemas").get(schema.getKey()),
                    "schema " + schema.getKey());
        }
        long routesNow = iterable(now.get("paths").fieldNames()).stream()
                .filter(p -> p.startsWith("/api/v1/evaluations")).count();
        assertEquals(before.get("paths").size(), routesNow, "no evaluation route added or removed");
    }

    private static java.util.List<String> iterable(Iterator<String> names) {
        java.util.List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
