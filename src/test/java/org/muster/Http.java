package org.muster;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small real HTTP client for tests: JSON for the API, forms with CSRF tokens and cookies for pages. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final String token;
    private final Map<String, String> headers;

    public Http(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), null, Map.of());
    }

    private Http(String base, HttpClient client, String token, Map<String, String> headers) {
        this.base = base;
        this.client = client;
        this.token = token;
        this.headers = headers;
    }

    /** The same browser (its cookies) talking to another node of the same site. */
    public Http at(String otherBase) {
        return new Http(otherBase, client, token, headers);
    }

    public Http withToken(String bearer) {
        return new Http(base, client, bearer, headers);
    }

    public Http withHeaders(Map<String, String> extra) {
        return new Http(base, client, token, extra);
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patch(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    public Response put(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    public Response putRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with extra headers, e.g. a signed webhook. */
    public Response postSigned(String path, String body, Map<String, String> headers) {
        var request = request(path).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Submits a form the way a browser does: with the CSRF token of the page it came from, and that page as Referer. */
    public Response submit(String pagePath, String action, Map<String, String> fields) {
        var page = get(pagePath);
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) throw new AssertionError("No CSRF token on " + pagePath);
        var form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", matcher.group(1));
        var body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", pagePath.startsWith("http") ? pagePath : base + pagePath)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart form with one file, as a browser sends it, the CSRF token among the fields. */
    public Response submitWithFile(String pagePath, String action, Map<String, String> fields, String fileField,
                                   String fileName, byte[] file) {
        var page = get(pagePath);
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) throw new AssertionError("No CSRF token on " + pagePath);
        var boundary = "----muster" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        var form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", matcher.group(1));
        form.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", pagePath.startsWith("http") ? pagePath : base + pagePath)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (token != null) builder.header("Authorization", "Bearer " + token);
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
