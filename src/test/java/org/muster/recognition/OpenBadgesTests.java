package org.muster.recognition;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open Badges as 1EdTech's OB 2.0 validator and OB 3.0 inspector check them: every id and key
 * address answers with the right document, both signatures verify with the published keys, and
 * awards name only evidence a visitor may read.
 */
class OpenBadgesTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Http admin;
    private Http visitor;
    private final String token = "ob" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @BeforeEach
    void clients() {
        admin = http.withToken(adminToken());
        visitor = new Http("http://localhost:" + port);
    }

    @Test
    void issuerProfilesGiveAnEmailAddress() {
        var v2 = visitor.get("/openbadges/issuer").json();
        assertThat(v2.get("type").asString()).isEqualTo("Issuer");
        assertThat(v2.get("email").asString()).isEqualTo("no-reply@muster.local");
        var v3 = visitor.get("/openbadges/v3/issuer").json();
        assertThat(v3.get("email").asString()).isEqualTo("no-reply@muster.local");
    }

    @Test
    void theJwtKidDereferencesToTheJwkThatVerifiesIt() throws Exception {
        var member = person("Jwt holder");
        var jwt = member.http().get("/api/v1/me/awards/" + awardByHand(member) + "/openbadges3").json().get("jwt").asString().split("\\.");
        var header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        var kid = header.get("kid").asString();
        assertThat(kid).startsWith("http://localhost:" + port + "/").doesNotContain("#");

        var jwk = visitor.get(path(kid));
        assertThat(jwk.status()).isEqualTo(200);
        assertThat(header.get("alg").asString()).as("the algorithm Open Badges 3.0 requires").isEqualTo("RS256");
        assertThat(jwk.json().get("kty").asString()).isEqualTo("RSA");
        assertThat(jwk.json().has("keys")).as("the key itself, not a key set").isFalse();
        assertThat(verifiesRs256(jwk.json(), jwt[0] + "." + jwt[1], jwt[2])).isTrue();
        assertThat(verifiesRs256(jwk.json(), jwt[0] + "." + jwt[1] + "x", jwt[2])).isFalse();
        assertThat(visitor.get("/openbadges/v3/jwks.json").body()).contains(header.get("kid").asString().replaceFirst(".*/", ""));
        assertThat(visitor.get("/openbadges/v3/keys/no-such-key").status()).isEqualTo(404);
    }

    @Test
    void theP256KeyThatSignedEarlierJwtsStaysPublishedButNoLongerSigns() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        var earlier = generator.generateKeyPair();
        var kid = UUID.randomUUID().toString();
        db.sql("insert into recognition_keys (kid, private_key, public_key, algorithm, created_at) values (:kid, :private, :public, 'ES256', now() - interval '1 year')")
                .param("kid", kid).param("private", earlier.getPrivate().getEncoded()).param("public", earlier.getPublic().getEncoded()).update();

        var jwk = visitor.get("/openbadges/v3/keys/" + kid).json();
        assertThat(jwk.get("kty").asString()).isEqualTo("EC");
        assertThat(jwk.get("alg").asString()).isEqualTo("ES256");
        var point = ((java.security.interfaces.ECPublicKey) earlier.getPublic()).getW();
        assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("x").asString()))).isEqualTo(point.getAffineX());
        assertThat(visitor.get("/openbadges/v3/jwks.json").body()).contains(kid);

        var member = person("Later holder");
        var jwt = member.http().get("/api/v1/me/awards/" + awardByHand(member) + "/openbadges3").json().get("jwt").asString().split("\\.");
        var header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(header.get("kid").asString()).doesNotEndWith(kid);
    }

    @Test
    void theCredentialCarriesADataIntegrityProofThatVerifiesWithThePublishedKeyAndNotOnceTamperedWith() throws Exception {
        var member = person("Proof holder");
        var credential = (ObjectNode) member.http().get("/api/v1/me/awards/" + awardByHand(member) + "/openbadges3").json().get("credential");
        var proof = credential.get("proof");
        assertThat(proof.get("type").asString()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asString()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("proofPurpose").asString()).isEqualTo("assertionMethod");

        var method = visitor.get(path(proof.get("verificationMethod").asString())).json();
        assertThat(method.get("type").asString()).isEqualTo("Multikey");
        assertThat(method.get("id").asString()).isEqualTo(proof.get("verificationMethod").asString());
        assertThat(method.get("controller").asString()).isEqualTo(credential.get("issuer").get("id").asString());
        var publicKey = ed25519(method.get("publicKeyMultibase").asString());

        assertThat(verifiesEddsaRdfc(credential, publicKey)).as("the proof checks with the published key").isTrue();
        var renamed = credential.deepCopy();
        renamed.put("name", "Something else");
        assertThat(verifiesEddsaRdfc(renamed, publicKey)).isFalse();
        var otherRecipient = credential.deepCopy();
        ((ObjectNode) otherRecipient.get("credentialSubject").get("identifier").get(0)).put("identityHash", "sha256$" + "0".repeat(64));
        assertThat(verifiesEddsaRdfc(otherRecipient, publicKey)).isFalse();

        var hosted = (ObjectNode) visitor.get(path(credential.get("id").asString())).json();
        assertThat(verifiesEddsaRdfc(hosted, publicKey)).as("the credential its id answers checks too").isTrue();
    }

    @Test
    void theCredentialIdAndTheAchievementIdAnswerWithTheirOwnDocuments() {
        var member = person("Id holder");
        var credential = member.http().get("/api/v1/me/awards/" + awardByHand(member) + "/openbadges3").json().get("credential");

        var hosted = visitor.get(path(credential.get("id").asString()));
        assertThat(hosted.status()).isEqualTo(200);
        assertThat(hosted.header("Content-Type")).startsWith("application/ld+json");
        assertThat(hosted.json().get("id").asString()).isEqualTo(credential.get("id").asString());
        assertThat(hosted.json().get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");

        var achievementId = credential.get("credentialSubject").get("achievement").get("id").asString();
        var achievement = visitor.get(path(achievementId));
        assertThat(achievement.status()).isEqualTo(200);
        assertThat(achievement.json().get("id").asString()).isEqualTo(achievementId);
        assertThat(achievement.json().get("type").toString()).contains("Achievement").doesNotContain("BadgeClass");
        assertThat(achievement.json().get("@context").toString()).contains("https://www.w3.org/ns/credentials/v2", "ob/v3p0");
        assertThat(achievement.json().get("creator").get("id").asString()).isEqualTo(credential.get("issuer").get("id").asString());

        assertThat(visitor.get("/openbadges/v3/credentials/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void assertionAndCredentialIdsAreRandomAndOnlyOlderAwardsKeepANumberedAddress() {
        var member = person("Numbered holder");
        long awardId = awardByHand(member);
        var assertion = member.http().get("/api/v1/me/awards/" + awardId + "/openbadges").json();
        var credential = member.http().get("/api/v1/me/awards/" + awardId + "/openbadges3").json().get("credential");
        var publicId = assertion.get("id").asString().replaceFirst(".*/openbadges/assertions/", "");
        assertThat(UUID.fromString(publicId).toString()).isEqualTo(publicId);
        assertThat(credential.get("id").asString()).endsWith("/openbadges/v3/credentials/" + publicId);
        assertThat(visitor.get(path(assertion.get("id").asString())).json().get("type").asString()).isEqualTo("Assertion");
        assertThat(profileJson(member)).doesNotContain(publicId);
        assertThat(member.http().get("/members/" + member.id() + "/recognition").body())
                .as("the member's own profile links the assertion by its public id").contains("/openbadges/assertions/" + publicId);

        assertThat(visitor.get("/openbadges/assertions/" + awardId).status()).as("a new award has no numbered address").isEqualTo(404);
        db.sql("update badge_awards set numbered_link = true where id = :id").param("id", awardId).update();
        var moved = visitor.get("/openbadges/assertions/" + awardId);
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo(assertion.get("id").asString());
        assertThat(visitor.get("/openbadges/assertions/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void evidenceLinksTheAnswerOnItsQuestionPageWhenVisitorsMayReadIt() {
        var space = space("public");
        var asker = person("Public asker");
        var helper = person("Public helper");
        long question = ask(asker.http(), space, "Router drops the line every night " + token);
        long answer = answer(helper.http(), question);
        accept(asker.http(), question, answer);
        long awardId = awaitFastResponder(helper);

        var evidence = "http://localhost:" + port + "/questions/" + question + "#post-" + answer;
        var assertion = helper.http().get("/api/v1/me/awards/" + awardId + "/openbadges").json();
        assertThat(assertion.get("evidence").asString()).isEqualTo(evidence);
        var credential = helper.http().get("/api/v1/me/awards/" + awardId + "/openbadges3").json().get("credential");
        assertThat(credential.get("evidence").get(0).get("id").asString()).isEqualTo(evidence);
        assertThat(visitor.get("/questions/" + question).status()).as("the evidence opens for a visitor").isEqualTo(200);

        assertThat(admin.patch("/api/v1/spaces/" + space, Map.of("visibility", "members")).status()).isEqualTo(200);
        assertThat(helper.http().get("/api/v1/me/awards/" + awardId + "/openbadges").json().has("evidence"))
                .as("once the space is for members only, visitors may not read it").isFalse();
    }

    @Test
    void evidenceNeverNamesAStaffPost() {
        var space = space("staff");
        var asker = staffPerson("Staff asker");
        var helper = staffPerson("Staff helper");
        long question = ask(asker.http(), space, "Internal escalation of the billing outage " + token);
        long answer = answer(helper.http(), question);
        accept(asker.http(), question, answer);
        long awardId = awaitFastResponder(helper);

        var assertion = visitor.get(path(helper.http().get("/api/v1/me/awards/" + awardId + "/openbadges").json().get("id").asString())).json();
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.has("evidence")).isFalse();
        assertThat(assertion.toString()).doesNotContain("/questions/");
        var credential = helper.http().get("/api/v1/me/awards/" + awardId + "/openbadges3").json().get("credential");
        assertThat(credential.has("evidence")).isFalse();
        assertThat(credential.toString()).doesNotContain("/questions/");
    }

    @Test
    void signingReadsOnlyTheShippedContextsAndRefusesAnyOtherAddress() {
        var shipped = DataIntegrityProofs.canonical("""
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:7c0d8d3e-4b9a-4c55-9d55-1d2b0b9f1e01", "type": ["Achievement"], "name": "Shipped"}""");
        assertThat(shipped).contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement>", "\"Shipped\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataIntegrityProofs.canonical("""
                        {"@context": "http://127.0.0.1:9/context.jsonld", "name": "Fetched"}"""))
                .isInstanceOf(IllegalStateException.class).hasStackTraceContaining("Not a context Muster ships");
    }

    // --- helpers ---

    private long awardByHand(Person member) {
        var staff = http.withToken(memberWithRole("staff"));
        var badge = admin.post("/api/v1/badges", Map.of("name", "Open hero " + UUID.randomUUID().toString().substring(0, 8),
                "description", "Tested the beta firmware.", "level", "silver"));
        assertThat(badge.status()).as(badge.body()).isEqualTo(201);
        var award = staff.post("/api/v1/badges/" + badge.json().get("slug").asString() + "/awards",
                Map.of("memberId", member.id(), "reason", "Found three bugs"));
        assertThat(award.status()).as(award.body()).isEqualTo(201);
        return award.json().get("id").asLong();
    }

    private String space(String visibility) {
        var slug = visibility + "-" + token;
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Badges " + visibility + " " + token,
                "visibility", visibility, "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return slug;
    }

    private Person person(String name) {
        var email = uniqueEmail("ob");
        long id = verifiedMember(email, name);
        establish(id);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Person staffPerson(String name) {
        var client = new Http("http://localhost:" + port).withToken(memberWithRole("staff", name));
        var me = client.get("/api/v1/me").json();
        return new Person(me.get("id").asLong(), me.get("email").asString(), client);
    }

    private static long ask(Http who, String space, String title) {
        var asked = who.post("/api/v1/questions", Map.of("space", space, "title", title, "tags", List.of("router"),
                "body", "It started after the last update and I have tried restarting it twice."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private static long answer(Http who, long question) {
        var answered = who.post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Turn off the nightly channel scan in the advanced settings, then restart."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }

    private static void accept(Http asker, long question, long answer) {
        var accepted = asker.post("/api/v1/questions/" + question + "/accept", Map.of("answerId", answer));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    /** Badges follow the change feed, so the award comes a moment after the acceptance. */
    private long awaitFastResponder(Person who) {
        awaitFeed("recognition.reputation");
        for (var badge : visitor.get("/api/v1/members/" + who.id() + "/recognition").json().get("badges"))
            if (badge.get("slug").asString().equals("fast-responder")) return badge.get("id").asLong();
        throw new AssertionError(who.email() + " did not get the fast responder badge");
    }

    private String profileJson(Person who) {
        return visitor.get("/api/v1/members/" + who.id() + "/recognition").body();
    }

    /**
     * Checks an eddsa-rdfc-2022 proof as a verifier would: the proof options (the proof less its value,
     * with the credential's context) and the credential less its proof, each canonicalized with RDFC-1.0
     * over the shipped contexts and hashed; the Ed25519 signature covers both hashes.
     */
    private static boolean verifiesEddsaRdfc(ObjectNode secured, byte[] x509PublicKey) throws Exception {
        var document = secured.deepCopy();
        var proof = (ObjectNode) document.remove("proof");
        var proofValue = proof.remove("proofValue").asString();
        var options = JSON.createObjectNode();
        options.set("@context", document.get("@context"));
        options.setAll(proof);
        var data = new byte[64];
        System.arraycopy(sha256(canonical(options)), 0, data, 0, 32);
        System.arraycopy(sha256(canonical(document)), 0, data, 32, 32);
        assertThat(proofValue).startsWith("z");
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509PublicKey)));
        verifier.update(data);
        return verifier.verify(base58(proofValue.substring(1)));
    }

    private static String canonical(JsonNode document) throws Exception {
        var canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(new StringReader(JSON.writeValueAsString(document)))).loader(ShippedContexts.LOADER).provide(canon);
        var quads = new StringWriter();
        canon.provide(new NQuadsWriter(quads));
        assertThat(quads.toString()).isNotBlank();
        return quads.toString();
    }

    /** A Multikey's publicKeyMultibase ('z', base58-btc, multicodec 0xed01, 32 bytes) as an X.509 Ed25519 key. */
    private static byte[] ed25519(String multibase) {
        assertThat(multibase).startsWith("z");
        var decoded = base58(multibase.substring(1));
        assertThat(Arrays.copyOf(decoded, 2)).containsExactly(0xed, 0x01);
        var x509 = HexFormat.of().parseHex("302a300506032b6570032100");
        var key = new byte[x509.length + 32];
        System.arraycopy(x509, 0, key, 0, x509.length);
        System.arraycopy(decoded, 2, key, x509.length, 32);
        return key;
    }

    private static byte[] base58(String text) {
        var alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        var value = BigInteger.ZERO;
        for (char c : text.toCharArray()) value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(alphabet.indexOf(c)));
        var bytes = value.toByteArray();
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') zeros++;
        var body = bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        var result = new byte[zeros + body.length];
        System.arraycopy(body, 0, result, zeros, body.length);
        return result;
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean verifiesRs256(JsonNode jwk, String signed, String signature) throws Exception {
        var key = KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asString())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asString()))));
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
