package org.muster.recognition;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.NotFound;
import org.muster.platform.SiteLinks;
import org.muster.qa.ModeratedPost;
import org.muster.qa.PostModeration;
import org.muster.spaces.SpaceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Open Badges 2.0 with hosted verification, and Open Badges 3.0 credentials signed twice over (an
 * embedded Data Integrity proof and an RS256 VC-JWT). Every address a verifier follows answers: issuer
 * profiles, badge classes and achievements, assertions and credentials (by the award's random public
 * id), and each signing key. The recipient is a salted SHA-256 of the e-mail; all links come from
 * {@link SiteLinks}, never from request headers.
 */
@Service
class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";
    static final List<String> CONTEXT_V3 = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final Badges badges;
    private final Members members;
    private final PostModeration posts;
    private final SpaceService spaces;
    private final SiteLinks links;
    private final String issuerName;
    private final String issuerEmail;
    private final IssuerKey key;
    private final DataIntegrityProofs proofs;
    private final tools.jackson.databind.json.JsonMapper json;

    OpenBadges(Badges badges, Members members, PostModeration posts, SpaceService spaces, SiteLinks links,
               @Value("${muster.recognition.issuer-name:Muster community}") String issuerName,
               @Value("${muster.recognition.issuer-email:}") String issuerEmail,
               @Value("${muster.mail.from}") String mailFrom,
               IssuerKey key, DataIntegrityProofs proofs, tools.jackson.databind.json.JsonMapper json) {
        this.badges = badges;
        this.members = members;
        this.posts = posts;
        this.spaces = spaces;
        this.links = links;
        this.issuerName = issuerName;
        this.issuerEmail = issuerEmail.isBlank() ? address(mailFrom) : issuerEmail.strip();
        this.key = key;
        this.proofs = proofs;
        this.json = json;
    }

    /** The Open Badges 3.0 issuer profile. */
    public Map<String, Object> profileV3() {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("@context", CONTEXT_V3);
        profile.putAll(profile());
        return profile;
    }

    private Map<String, Object> profile() {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("id", links.absolute("/openbadges/v3/issuer"));
        profile.put("type", List.of("Profile"));
        profile.put("name", issuerName);
        profile.put("url", links.absolute("/"));
        profile.put("email", issuerEmail);
        return profile;
    }

    /** The keys that verify VC-JWTs, as a JWK set. */
    public Map<String, Object> jwks() {
        return Map.of("keys", key.jwtKeys().stream().map(key::jwk).toList());
    }

    /**
     * The key a {@code kid} or {@code verificationMethod} names, in the form its verifiers expect:
     * a VC-JWT key as a bare JWK, the Ed25519 key as a Multikey its issuer controls.
     */
    public Map<String, Object> key(String kid) {
        var found = key.find(kid).orElseThrow(NotFound::new);
        if (!IssuerKey.Algorithm.Ed25519.name().equals(found.algorithm())) return key.jwk(found);
        var multikey = new LinkedHashMap<String, Object>();
        multikey.put("@context", "https://w3id.org/security/multikey/v1");
        multikey.put("id", keyAddress(found));
        multikey.put("type", "Multikey");
        multikey.put("controller", links.absolute("/openbadges/v3/issuer"));
        multikey.put("publicKeyMultibase", IssuerKey.multibase(found));
        return multikey;
    }

    /** The member's award as an OpenBadgeCredential with its Data Integrity proof, and the same credential as a VC-JWT. */
    @Transactional
    public Map<String, Object> credential(long awardId) {
        var credential = unsigned(badges.award(awardId));
        return Map.of("credential", signed(credential), "jwt", jwt(credential));
    }

    /** What the credential's id answers: the credential with its Data Integrity proof. */
    @Transactional
    public Map<String, Object> credential(UUID publicId) {
        return signed(unsigned(badges.award(publicId)));
    }

    private Map<String, Object> unsigned(BadgeAward award) {
        if (award.revoked()) throw new Conflict(null, "badge.revoked-export");
        var email = members.emailOf(award.memberId()).orElseThrow(NotFound::new);
        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", CONTEXT_V3);
        credential.put("id", links.absolute("/openbadges/v3/credentials/" + award.publicId()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", profile());
        credential.put("validFrom", award.awardedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("name", award.name());
        var subject = new LinkedHashMap<String, Object>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityHash", "sha256$" + sha256(email + award.salt()),
                "identityType", "emailAddress", "hashed", true, "salt", award.salt())));
        subject.put("achievement", achievement(award.slug(), award.name(), award.description()));
        credential.put("credentialSubject", subject);
        evidence(award).ifPresent(url -> credential.put("evidence", List.of(Map.of("id", url, "type", List.of("Evidence")))));
        return credential;
    }

    private Map<String, Object> signed(Map<String, Object> credential) {
        var signed = new LinkedHashMap<>(credential);
        signed.put("proof", proofs.prove(credential, keyAddress(key.current(IssuerKey.Algorithm.Ed25519))));
        return signed;
    }

    /** The VC-JWT: the payload is the credential with iss, nbf and jti; kid is the address of the JWK that verifies it. */
    private String jwt(Map<String, Object> credential) {
        var payload = new LinkedHashMap<>(credential);
        payload.put("iss", links.absolute("/openbadges/v3/issuer"));
        payload.put("nbf", java.time.Instant.parse((String) credential.get("validFrom")).getEpochSecond());
        payload.put("jti", credential.get("id"));
        var signing = key.current(IssuerKey.Algorithm.RS256);
        var header = new LinkedHashMap<String, Object>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", keyAddress(signing));
        header.put("jwk", key.jwk(signing));
        return key.sign(json.writeValueAsString(header), json.writeValueAsString(payload));
    }

    private String keyAddress(IssuerKey.Key signing) {
        return links.absolute("/openbadges/v3/keys/" + signing.kid());
    }

    /** The Open Badges 3.0 Achievement an OpenBadgeCredential names by its id. */
    @Transactional(readOnly = true)
    public Map<String, Object> achievement(String slug) {
        var badge = badges.badge(Actor.visitor(), slug);
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("@context", CONTEXT_V3);
        achievement.putAll(achievement(badge.slug(), badge.name(), badge.description()));
        achievement.put("creator", profile());
        return achievement;
    }

    private Map<String, Object> achievement(String slug, String name, String description) {
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", links.absolute("/openbadges/v3/achievements/" + slug));
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", name);
        achievement.put("description", description);
        achievement.put("criteria", Map.of("narrative", description));
        achievement.put("image", Map.of("id", links.absolute("/openbadges/badges/" + slug + "/image.svg"), "type", "Image"));
        return achievement;
    }

    public Map<String, Object> issuer() {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("@context", CONTEXT);
        issuer.put("type", "Issuer");
        issuer.put("id", links.absolute("/openbadges/issuer"));
        issuer.put("name", issuerName);
        issuer.put("url", links.absolute("/"));
        issuer.put("email", issuerEmail);
        return issuer;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> badgeClass(String slug) {
        var badge = badges.badge(Actor.visitor(), slug);
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", CONTEXT);
        json.put("type", "BadgeClass");
        json.put("id", links.absolute("/openbadges/badges/" + badge.slug()));
        json.put("name", badge.name());
        json.put("description", badge.description());
        json.put("image", links.absolute("/openbadges/badges/" + badge.slug() + "/image.svg"));
        json.put("criteria", Map.of("id", links.absolute("/badges/" + badge.slug()), "narrative", badge.description()));
        json.put("issuer", links.absolute("/openbadges/issuer"));
        return json;
    }

    /** The hosted assertion its id answers. */
    @Transactional(readOnly = true)
    public Map<String, Object> assertion(UUID publicId) {
        return assertion(badges.award(publicId));
    }

    /** The member's own award as a hosted assertion. */
    @Transactional(readOnly = true)
    public Map<String, Object> assertion(long awardId) {
        return assertion(badges.award(awardId));
    }

    /**
     * Where an award's numbered assertion address moved: only awards made before assertions had
     * random ids have one, so later awards cannot be found by counting.
     */
    @Transactional(readOnly = true)
    public String movedAssertion(long awardId) {
        var award = badges.award(awardId);
        if (!award.numberedLink()) throw new NotFound();
        return assertionAddress(award);
    }

    /** A revoked award answers with revoked and the reason, as the specification asks. */
    private Map<String, Object> assertion(BadgeAward award) {
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", CONTEXT);
        json.put("type", "Assertion");
        json.put("id", assertionAddress(award));
        if (award.revoked()) {
            json.put("revoked", true);
            json.put("revocationReason", award.revokeReason());
            return json;
        }
        var email = members.emailOf(award.memberId()).orElseThrow(NotFound::new);
        json.put("recipient", Map.of("type", "email", "hashed", true, "salt", award.salt(),
                "identity", "sha256$" + sha256(email + award.salt())));
        json.put("badge", links.absolute("/openbadges/badges/" + award.slug()));
        json.put("issuedOn", award.awardedAt().toString());
        json.put("verification", Map.of("type", "hosted"));
        evidence(award).ifPresent(url -> json.put("evidence", url));
        json.put("narrative", award.reason());
        return json;
    }

    private String assertionAddress(BadgeAward award) {
        return links.absolute("/openbadges/assertions/" + award.publicId());
    }

    /**
     * The post that earned the award, linked where it is shown, and only when a visitor may read it:
     * a credential is shown to anyone, so a post in a members', private or staff space, or one
     * deleted or held, is left out. Without such a post there is no evidence (a link to the member's
     * profile would undo the hashed recipient).
     */
    private Optional<String> evidence(BadgeAward award) {
        if (award.evidencePost() == null) return Optional.empty();
        var post = posts.post(award.evidencePost()).filter(OpenBadges::shown);
        var question = post.flatMap(p -> p.isQuestion() ? post : posts.post(p.questionId())).filter(OpenBadges::shown);
        if (question.isEmpty() || !spaces.visibleSpaceIds(Actor.visitor()).contains(post.get().spaceId())) return Optional.empty();
        long questionId = question.get().id();
        return Optional.of(links.absolute("/questions/" + questionId + (post.get().isQuestion() ? "" : "#post-" + post.get().id())));
    }

    private static boolean shown(ModeratedPost post) {
        return !post.deleted() && post.held() == null;
    }

    /** A simple round image in the badge's metal, with its initials. */
    @Transactional(readOnly = true)
    public String image(String slug) {
        var badge = badges.badge(Actor.visitor(), slug);
        var colour = switch (badge.level()) {
            case "gold" -> "#d4a017";
            case "silver" -> "#a8a9ad";
            default -> "#b87333";
        };
        var initials = org.springframework.web.util.HtmlUtils.htmlEscape(badge.name().replaceAll("[^\\p{L}\\p{N} ]", "")
                .strip().chars().limit(2).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
                <circle cx="60" cy="60" r="56" fill="%s" stroke="#333" stroke-width="4"/>
                <text x="60" y="72" font-family="sans-serif" font-size="34" text-anchor="middle" fill="#fff">%s</text>
                </svg>""".formatted(colour, initials);
    }

    /** The bare address of a "Name <address>" sender, which Open Badges issuers must give. */
    private static String address(String sender) {
        try {
            return new InternetAddress(sender).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("muster.mail.from is not an e-mail address: " + sender, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
