package com.kneerehab.records.platform;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Every route of the running application as "METHOD /path", read from its OpenAPI document. */
public final class OpenApiRoutes {

    private OpenApiRoutes() {
    }

    public static List<String> all() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> routes = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> routes.add(m.toUpperCase() + " " + path)));
        return routes;
    }
}
