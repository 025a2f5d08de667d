package org.muster.platform;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.muster.IntegrationTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, as an admin and as a visitor, with text that is not text
 * in each of its string fields and parameters (NUL, U+FFFF, invisible-only, bidi overrides, soft
 * hyphens, byte-order marks, lone combining marks, a lone CR, very long strings), with null for
 * each field and list item, and with ids that name nothing: none may answer 5xx. Generated from a
 * fixed seed, a bounded number of tries per operation. (jqwik 1.10 runs on JUnit Platform 1.x, not
 * the 6.x that Spring Boot 4.1 brings, hence a test factory.)
 */
// Its own application: the admin here changes settings and content that other test classes rely on.
@TestPropertySource(properties = "muster.test.context=hostile-input")
class HostileInputApiTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TRIES_PER_OPERATION = 20;
    private static final long UNKNOWN_ID = 987_654_321L;
    private static final List<String> HOSTILE = List.of(
            "\u0000", "a\u0000b", "\uFFFF", "\u200B", "\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B",
            "\u202E", "\u00AD", "\uFEFF", "\u0301", "e\u0301\u0301\u0301", "\r", "line\rbreak", "x".repeat(20_000),
            "\u202Egnp.exe\u202C tab\there", "%00", "' or 1=1 --", "\\", "\uD83D\uDE00");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261201L);
    private JsonNode document;
    private String adminToken;

    @TestFactory
    Stream<DynamicTest> noOperationAnswers5xxToHostileText() {
        document = JSON.readTree(send("GET", "/api/v1/openapi.json", null, null).body());
        var operations = new ArrayList<Map.Entry<String, Map.Entry<String, JsonNode>>>();
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(Map.entry(path.getKey(), Map.entry(method.getKey().toUpperCase(), method.getValue())));
            }
        }
        assertThat(operations).hasSizeGreaterThan(100);
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.getValue().getKey() + " " + op.getKey(),
                () -> exercise(op.getKey(), op.getValue().getKey(), op.getValue().getValue())));
    }

    private void exercise(String path, String method, JsonNode operation) {
        var failures = new ArrayList<String>();
        var cases = cases(operation);
        var tried = new ArrayList<>(cases.first());
        var others = new ArrayList<>(cases.others());
        Collections.shuffle(others, random);
        tried.addAll(others.subList(0, Math.min(Math.max(0, TRIES_PER_OPERATION - tried.size()), others.size())));
        for (var token : new String[]{admin(), null}) {
            for (var tryCase : tried) {
                var url = url(path, operation, tryCase.parameters);
                var response = send(method, url, tryCase.body == null ? null : JSON.writeValueAsString(tryCase.body), token);
                if (response.statusCode() >= 500 && failures.size() < 5) {
                    failures.add((token == null ? "visitor " : "admin ") + method + " " + url + " " + tryCase.body
                            + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A case: parameter values by name and a body (null: none). */
    private record Case(Map<String, Object> parameters, Object body) {
    }

    /** The cases always tried (the ordinary request; null, a null item or an unknown id in each field), and the others. */
    private record Cases(List<Case> first, List<Case> others) {
    }

    private Cases cases(JsonNode operation) {
        var parameters = new LinkedHashMap<String, JsonNode>();
        for (var parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("header") || parameter.path("in").asString().equals("cookie")) continue;
            parameters.put(parameter.get("name").asString(), resolve(parameter.path("schema")));
        }
        var bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        var baseParameters = new LinkedHashMap<String, Object>();
        parameters.forEach((name, schema) -> baseParameters.put(name, baseline(schema, 0)));
        var baseBody = bodySchema.isMissingNode() ? null : baseline(bodySchema, 0);

        var first = new ArrayList<Case>();
        var cases = new ArrayList<Case>();
        first.add(new Case(baseParameters, baseBody));
        parameters.forEach((name, schema) -> {
            for (var value : valuesFor(schema)) {
                var changed = new LinkedHashMap<>(baseParameters);
                changed.put(name, value);
                cases.add(new Case(changed, baseBody));
            }
        });
        if (baseBody != null) {
            first.add(new Case(baseParameters, everyString(baseBody, "\u0000")));
            first.add(new Case(baseParameters, everyString(baseBody, "\u200B\u200B\u200B")));
            for (var property : bodySchema.path("properties").properties()) {
                var fieldSchema = resolve(property.getValue());
                first.add(new Case(baseParameters, with(baseBody, property.getKey(), null)));
                if (type(fieldSchema).equals("integer")) first.add(new Case(baseParameters, with(baseBody, property.getKey(), UNKNOWN_ID)));
                if (type(fieldSchema).equals("array")) first.add(new Case(baseParameters, with(baseBody, property.getKey(), java.util.Arrays.asList(
                        baseline(resolve(fieldSchema.path("items")), 1), null))));
            }
            // Mutations copy what they change, so the ordinary body is shared.
            for (var mutation : mutations(bodySchema, 0)) cases.add(new Case(baseParameters, mutation.apply(baseBody)));
        }
        return new Cases(first, cases);
    }

    /** What a parameter or field of this schema gets besides its ordinary value. */
    private List<Object> valuesFor(JsonNode schema) {
        var values = new ArrayList<Object>();
        switch (type(schema)) {
            case "string" -> values.addAll(HOSTILE);
            case "integer" -> {
                values.add(UNKNOWN_ID);
                values.add(-1);
                values.add(Long.MAX_VALUE);
            }
            case "array" -> values.add(java.util.Arrays.asList("\u0000", null));
            default -> {
            }
        }
        values.add(null);
        return values;
    }

    /** Each way to change one field of a body: hostile values, null, a null list item; nested too. */
    private List<UnaryOperator<Object>> mutations(JsonNode schema, int depth) {
        var mutations = new ArrayList<UnaryOperator<Object>>();
        if (depth > 3) return mutations;
        switch (type(schema)) {
            case "object" -> {
                for (var property : schema.path("properties").properties()) {
                    var name = property.getKey();
                    var fieldSchema = resolve(property.getValue());
                    for (var value : valuesFor(fieldSchema)) mutations.add(body -> with(body, name, value));
                    for (var inner : mutations(fieldSchema, depth + 1)) {
                        mutations.add(body -> with(body, name, inner.apply(field(body, name))));
                    }
                }
            }
            case "array" -> {
                var itemSchema = resolve(schema.path("items"));
                mutations.add(body -> {
                    var list = new ArrayList<Object>(body instanceof List<?> l ? l : List.of());
                    list.add(null);
                    return list;
                });
                for (var value : valuesFor(itemSchema)) {
                    mutations.add(body -> {
                        var list = new ArrayList<Object>();
                        list.add(value);
                        return list;
                    });
                }
                for (var inner : mutations(itemSchema, depth + 1)) {
                    mutations.add(body -> body instanceof List<?> l && !l.isEmpty()
                            ? new ArrayList<>(List.of(inner.apply(l.getFirst()))) : body);
                }
            }
            default -> {
            }
        }
        return mutations;
    }

    @SuppressWarnings("unchecked")
    private static Object with(Object body, String name, Object value) {
        if (!(body instanceof Map<?, ?>)) return body;
        var map = new LinkedHashMap<>((Map<String, Object>) body);
        map.put(name, value);
        return map;
    }

    private static Object field(Object body, String name) {
        return body instanceof Map<?, ?> map ? map.get(name) : null;
    }

    @SuppressWarnings("unchecked")
    private static Object everyString(Object value, String text) {
        if (value instanceof String) return text;
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, everyString(v, text)));
            return copy;
        }
        if (value instanceof List<?> list) return new ArrayList<>(list.stream().map(v -> everyString(v, text)).toList());
        return value;
    }

    /** An ordinary value: what a well-meaning client would send. */
    private Object baseline(JsonNode schema, int depth) {
        return switch (type(schema)) {
            case "string" -> {
                if (schema.has("enum") && !schema.get("enum").isEmpty()) yield schema.get("enum").get(0).asString();
                yield switch (schema.path("format").asString("")) {
                    case "date-time" -> "2030-01-01T10:00:00Z";
                    case "date" -> "2030-01-01";
                    case "email" -> "someone@example.test";
                    case "uri", "url" -> "https://example.test/a";
                    default -> "A plain question about routers";
                };
            }
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "array" -> depth > 3 ? new ArrayList<>() : new ArrayList<>(List.of(baseline(resolve(schema.path("items")), depth + 1)));
            case "object" -> {
                var object = new LinkedHashMap<String, Object>();
                if (depth <= 3) {
                    for (var property : schema.path("properties").properties()) {
                        object.put(property.getKey(), baseline(resolve(property.getValue()), depth + 1));
                    }
                }
                yield object;
            }
            default -> null;
        };
    }

    private JsonNode resolve(JsonNode schema) {
        var seen = 0;
        while (schema.has("$ref") && seen++ < 10) {
            var name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf")) return resolve(schema.get("allOf").get(0));
        if (schema.has("oneOf")) return resolve(schema.get("oneOf").get(0));
        if (schema.has("anyOf")) return resolve(schema.get("anyOf").get(0));
        return schema;
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var t : type) if (!t.asString().equals("null")) return t.asString();
            return "";
        }
        if (type.isMissingNode() && schema.has("properties")) return "object";
        return type.asString("");
    }

    private static String url(String path, JsonNode operation, Map<String, Object> values) {
        var url = new StringBuilder();
        var query = new StringBuilder();
        var resolved = path;
        for (var parameter : operation.path("parameters")) {
            var name = parameter.get("name").asString();
            if (!values.containsKey(name)) continue;
            var value = values.get(name);
            var in = parameter.path("in").asString();
            if (in.equals("path")) {
                // An id that names nothing: the admin must not delete or suspend what the test stands on.
                var text = value == null ? "" : value instanceof Number ? Long.toString(UNKNOWN_ID) : value.toString();
                resolved = resolved.replace("{" + name + "}", encode(text).replace("+", "%20"));
            } else if (in.equals("query") && value != null) {
                var items = value instanceof List<?> list ? list : List.of(value);
                for (var item : items) {
                    query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                            .append(encode(item == null ? "" : item.toString()));
                }
            }
        }
        return url.append(resolved).append(query).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An admin of this test's own, made again should a case have taken its account or token away. */
    private String admin() {
        if (adminToken == null || send("GET", "/api/v1/me", null, adminToken).statusCode() != 200) {
            var email = uniqueEmail("hostile-admin");
            var created = http.withToken(adminToken()).post("/api/v1/admin/members",
                    Map.of("email", email, "password", PASSWORD, "displayName", "Hostile admin", "role", "admin"));
            assertThat(created.status()).isEqualTo(201);
            adminToken = tokenFor(email, PASSWORD);
        }
        return adminToken;
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
