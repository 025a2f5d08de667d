package org.muster.qa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.GpsPhoto;
import org.muster.Http;
import org.muster.platform.Markdown;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The composer's server side: drafts private to their author, image uploads and what posts may show, tag suggestions. */
class ComposerTests extends QaFixture {

    @Autowired
    Markdown markdown;

    private Http asker;
    private String askerEmail;
    private String askerToken;
    private long questionId;

    @BeforeEach
    void setUp() {
        setUpSpace("public");
        askerEmail = uniqueEmail("drafter");
        establish(verifiedMember(askerEmail, "Dora Drafter"));
        askerToken = tokenFor(askerEmail, PASSWORD);
        asker = new Http("http://localhost:" + port).withToken(askerToken);
        questionId = ask(member("Quinn Asker"), "Router drops the connection every hour");
    }

    @Test
    void anotherMemberFindsNoDraftOfMine() {
        var saved = asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "Try a fixed channel on the 5 GHz band"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(asker.get("/api/v1/drafts/answer/" + questionId).json().get("body").asString())
                .isEqualTo("Try a fixed channel on the 5 GHz band");

        var other = member("Otto Other");
        assertThat(other.get("/api/v1/drafts/answer/" + questionId).status()).isEqualTo(404);
        // His own draft there does not touch mine.
        other.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "Mine"));
        other.delete("/api/v1/drafts/answer/" + questionId);
        assertThat(asker.get("/api/v1/drafts/answer/" + questionId).json().get("body").asString()).startsWith("Try a fixed");
        assertThat(http.get("/api/v1/drafts/answer/" + questionId).status()).isEqualTo(401);
    }

    @Test
    void draftsOnlyForPlacesTheMemberMaySee() {
        assertThat(asker.put("/api/v1/drafts/answer/999999999", Map.of("body", "text")).status()).isEqualTo(404);
        assertThat(asker.put("/api/v1/drafts/letter/1", Map.of("body", "text")).status()).isEqualTo(404);
        admin.post("/api/v1/spaces", Map.of("slug", space + "-staff", "name", "Staff room", "visibility", "staff"));
        assertThat(asker.put("/api/v1/drafts/question/" + space + "-staff", Map.of("body", "text")).status()).isEqualTo(404);
        assertThat(asker.put("/api/v1/drafts/question/" + space, Map.of("title", "Router", "body", "text")).status()).isEqualTo(200);
    }

    @Test
    void publishingTheAnswerDeletesItsDraft() {
        asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "Update the firmware to 2.2, it fixes the drops."));
        answer(asker, questionId, "Update the firmware to 2.2, it fixes the drops.");
        assertThat(asker.get("/api/v1/drafts/answer/" + questionId).status()).isEqualTo(404);
    }

    @Test
    void askingDeletesTheDraftOfTheSpaceAndOfTheAskPage() {
        asker.put("/api/v1/drafts/question/" + space, Map.of("title", "Printer", "body", "draft in the space"));
        asker.put("/api/v1/drafts/question/any", Map.of("title", "Printer", "body", "draft before a space was chosen"));
        ask(asker, "Printer disappears from the network");
        assertThat(asker.get("/api/v1/drafts/question/" + space).status()).isEqualTo(404);
        assertThat(asker.get("/api/v1/drafts/question/any").status()).isEqualTo(404);
    }

    @Test
    void draftsAreLimitedLikeThePostAndKeptAsTypedText() {
        assertThat(asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "x".repeat(70_000))).status()).isEqualTo(413);
        var comment = asker.put("/api/v1/drafts/comment/" + questionId, Map.of("body", "y".repeat(601)));
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.json().get("field").asString()).isEqualTo("body");

        asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "first\r\nsecond\u0000 line"));
        assertThat(asker.get("/api/v1/drafts/answer/" + questionId).json().get("body").asString()).isEqualTo("first\nsecond line");
        // Emptied, the draft is gone.
        assertThat(asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", " \u200b ")).status()).isEqualTo(204);
        assertThat(asker.get("/api/v1/drafts/answer/" + questionId).status()).isEqualTo(404);
    }

    @Test
    void theDraftIsBackInTheFormOnTheNextVisit() {
        asker.put("/api/v1/drafts/answer/" + questionId, Map.of("body", "Restart <b>the</b> modem first"));
        var page = session().get("/questions/" + questionId);
        assertThat(page.body()).contains("Restart &lt;b&gt;the&lt;/b&gt; modem first", "Discard draft");
    }

    @Test
    void refusesImagesOfAnotherTypeTooLargeOrFromVisitors() {
        var text = upload(askerToken, "not an image at all".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(body(text)).contains("\"field\":\"image\"", "PNG, JPEG, GIF or WebP");
        // An HTML file that calls itself a GIF is still HTML.
        assertThat(upload(askerToken, "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        var big = new byte[950_000];
        System.arraycopy(GpsPhoto.jpeg(), 0, big, 0, 100);
        var tooLarge = upload(askerToken, big);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(body(tooLarge)).contains("900 kB");
        assertThat(upload(null, GpsPhoto.jpeg()).statusCode()).isEqualTo(401);
        var newcomerEmail = uniqueEmail("newcomer");
        verifiedMember(newcomerEmail, "Nina Newcomer");
        var newcomer = upload(tokenFor(newcomerEmail, PASSWORD), GpsPhoto.jpeg());
        assertThat(newcomer.statusCode()).as("too new to post images").isEqualTo(400);
        assertThat(body(newcomer)).contains("\"field\":\"image\"", "New members cannot post links or images");
        var page = http.get("/images");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
    }

    @Test
    void uploadedPhotoIsServedWithoutWhereItWasTaken() throws IOException {
        var photo = GpsPhoto.jpeg();
        assertThat(GpsPhoto.contains(photo, GpsPhoto.POSITION)).isTrue();
        var uploaded = upload(askerToken, photo);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        var url = body(uploaded).replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).matches("/images/[A-Za-z0-9_-]{43}");

        var served = fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(GpsPhoto.contains(served.body(), GpsPhoto.POSITION)).as("GPS position removed").isFalse();
        assertThat(GpsPhoto.contains(served.body(), GpsPhoto.ORIENTATION)).as("orientation kept").isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body()))).as("still a readable JPEG").isNotNull();
        assertThat(fetch("/images/" + "A".repeat(43)).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutJavaScriptTheUploadFormGivesTheLineToPasteOrSaysWhatIsWrongBesideTheField() {
        var browser = session();
        var refused = browser.submitWithFile("/images", "/images", Map.of(), "image", "notes.txt",
                "just some notes".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"image-error\"", "Upload a PNG, JPEG, GIF or WebP image.");

        var uploaded = browser.submitWithFile("/images", "/images", Map.of(), "image", "front.jpg", GpsPhoto.jpeg());
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body()).containsPattern("value=\"!\\[]\\(/images/[A-Za-z0-9_-]{43}\\)\"");
    }

    @Test
    void postsShowOnlyImagesUploadedHere() {
        var own = "/images/" + "a1B2_-".repeat(7) + "x";
        assertThat(markdown.toHtml("![chart](" + own + ")")).contains("src=\"" + own + "\"");
        assertThat(markdown.toHtml("![tracker](https://evil.example/pixel.png)")).doesNotContain("evil.example");
        assertThat(markdown.toHtml("<img src=\"//evil.example/p.png\">")).doesNotContain("evil.example");
        assertThat(markdown.toHtml("![x](/images/../admin)")).doesNotContain("src=");
    }

    @Test
    void suggestsTagsByPrefixWithTheirDescriptions() {
        var champion = new Http("http://localhost:" + port).withToken(memberWithRole("champion"));
        var tag = "wifi" + Long.toString(System.nanoTime(), 36);
        // Staff may create tags; members need a record of useful posts first.
        var asked = admin.post("/api/v1/questions", Map.of("space", space, "title", "Which wifi channel is best here",
                "body", "The neighbours' networks crowd every channel in the evening.", "tags", List.of(tag, "windows"),
                "fields", Map.of("environment", "AX3000")));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(champion.patch("/api/v1/tags/" + tag, Map.of("description", "Wireless networks at home")).status()).isEqualTo(200);

        var suggested = asker.get("/api/v1/tag-suggestions?prefix=" + tag.substring(0, 6).toUpperCase());
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.body()).contains("\"name\":\"" + tag + "\"", "Wireless networks at home");
        assertThat(http.get("/api/v1/tag-suggestions?prefix=wi").status()).isEqualTo(401);
    }

    /** A browser session of the drafting member, as the pages see him. */
    private Http session() {
        var browser = new Http("http://localhost:" + port);
        var login = browser.submit("/login", "/login", Map.of("email", askerEmail, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> upload(String token, byte[] image) {
        var boundary = "----composer" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"photo.gif\"\r\n"
                + "Content-Type: image/gif\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/images"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<String> response) {
        return response.body();
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
