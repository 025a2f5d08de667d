package org.muster.platform;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and form of every module, as an admin and as a visitor, with text that is not text in
 * each of its parameters, path variables and form fields: none may answer 5xx. The pages are read from
 * the application's own request mappings, so a new one is covered without being listed here.
 */
// Its own application, shared with the API's hostile-input test: the admin here changes what other tests rely on.
@org.springframework.test.context.TestPropertySource(properties = "muster.test.context=hostile-input")
class HostileInputPageTests extends IntegrationTest {

    private static final long UNKNOWN_ID = 987_654_321L;
    private static final List<String> HOSTILE = List.of("\u0000", "a\u0000b", "\uFFFF", "\u200B\u200B\u200B",
            "\u202E", "\u00AD", "\uFEFF", "\u0301", "x\ry", "y".repeat(5_000));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Http admin;

    @TestFactory
    Stream<DynamicTest> noPageAnswers5xxToHostileText() {
        var pages = new ArrayList<DynamicTest>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().isAnnotationPresent(RestController.class) || info.getPathPatternsCondition() == null) return;
            // A live stream is not a page: it stays open for as long as the reader does (LiveTests covers its bad input).
            if (info.getProducesCondition().getProducibleMediaTypes().contains(org.springframework.http.MediaType.TEXT_EVENT_STREAM)) return;
            if (Stream.of(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == MultipartFile.class
                    || p.hasParameterAnnotation(RequestBody.class))) return;
            var methods = info.getMethodsCondition().getMethods();
            var method = methods.contains(RequestMethod.POST) ? "POST" : "GET";
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.equals("/error")) continue;
                pages.add(DynamicTest.dynamicTest(method + " " + pattern, () -> exercise(method, pattern, handler)));
            }
        });
        assertThat(pages).hasSizeGreaterThan(50);
        return pages.stream();
    }

    private void exercise(String method, String pattern, HandlerMethod handler) {
        var failures = new ArrayList<String>();
        for (var hostile : HOSTILE) {
            var fields = new LinkedHashMap<String, String>();
            var path = pattern;
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.getParameterType() == Actor.class) continue;
                var name = name(parameter);
                if (parameter.hasParameterAnnotation(PathVariable.class)) {
                    var value = BeanUtils.isSimpleValueType(parameter.getParameterType()) && parameter.getParameterType() != String.class
                            ? Long.toString(UNKNOWN_ID) : hostile;
                    path = path.replaceAll("\\{" + name + "(:[^}]*)?}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
                } else if (BeanUtils.isSimpleProperty(parameter.getParameterType()) && name != null) {
                    fields.put(name, hostile);
                } else if (parameter.getParameterType().isRecord()) {
                    for (var component : parameter.getParameterType().getRecordComponents()) fields.put(component.getName(), hostile);
                }
            }
            // Path variables the handler does not take, e.g. a question's slug after its id.
            path = path.replaceAll("\\{[^}]*}", "x");
            var admin = admin();
            for (var who : List.of(admin, new Http("http://localhost:" + port))) {
                // A visitor's CSRF token comes from the sign-in form; a member's pages carry one in the layout.
                var response = method.equals("GET") ? who.get(path + query(fields))
                        : who.submit(who == admin ? "/" : "/login", path, fields);
                if (response.status() >= 500 && failures.size() < 5) {
                    failures.add(method + " " + path + " " + fields.keySet() + " = U+" + Integer.toHexString(hostile.charAt(0))
                            + " -> " + response.status());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String name(MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) return param.name();
        var variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) return variable.name();
        return parameter.getParameterName();
    }

    private static String query(Map<String, String> fields) {
        var query = new StringBuilder();
        fields.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** An admin signed in with a session, as a browser is; signed in again should a form have ended it. */
    private Http admin() {
        if (admin == null || admin.get("/api/v1/me").status() != 200) {
            var email = uniqueEmail("hostile-page-admin");
            var created = http.withToken(adminToken()).post("/api/v1/admin/members",
                    Map.of("email", email, "password", PASSWORD, "displayName", "Hostile page admin", "role", "admin"));
            assertThat(created.status()).isEqualTo(201);
            admin = new Http("http://localhost:" + port);
            var login = admin.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
            assertThat(login.status()).isEqualTo(302);
        }
        return admin;
    }
}
