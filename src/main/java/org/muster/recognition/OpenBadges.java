package org.muster.recognition;

import org.muster.accounts.Members;
import org.muster.platform.NotFound;
import org.muster.platform.SiteLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open Badges 2.0 with hosted verification: the issuer profile, each badge class and each award's
 * assertion are JSON-LD at stable public addresses; the recipient is a salted SHA-256 of the e-mail.
 */
@Service
public class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";
    static final java.util.List<String> CONTEXT_V3 = java.util.List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final Badges badges;
    private final Members members;
    private final SiteLinks links;
    private final String issuerName;
    private final IssuerKey key;
    private final tools.jackson.databind.json.JsonMapper json;

    OpenBadges(Badges badges, Members members, SiteLinks links,
               @Value("${muster.recognition.issuer-name:Muster community}") String issuerName, IssuerKey key,
               tools.jackson.databind.json.JsonMapper json) {
        this.badges = badges;
        this.members = members;
        this.links = links;
        this.issuerName = issuerName;
        this.key = key;
        this.json = json;
    }

    /** The Open Badges 3.0 issuer profile, with its signing key. */
    public Map<String, Object> profileV3() {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("@context", CONTEXT_V3);
        profile.put("id", links.absolute("/openbadges/v3/issuer"));
        profile.put("type", java.util.List.of("Profile"));
        profile.put("name", issuerName);
        profile.put("url", links.absolute("/"));
        return profile;
    }

    public Map<String, Object> jwks() {
        return Map.of("keys", java.util.List.of(key.jwk()));
    }

    /**
     * The award as an Open Badges 3.0 OpenBadgeCredential and as a VC-JWT: the payload is the
     * credential itself with iss, nbf and jti; the header names the key and carries it as a JWK.
     */
    @Transactional
    public Map<String, Object> credential(long awardId) {
        var award = badges.award(awardId);
        if (award.revoked()) throw new org.muster.platform.Conflict(null, "badge.revoked-export");
        var email = members.emailOf(award.memberId()).orElseThrow(NotFound::new);
        var credential = new LinkedHashMap<String, Object>();
        credential.put("@context", CONTEXT_V3);
        credential.put("id", links.absolute("/openbadges/v3/credentials/" + award.id()));
        credential.put("type", java.util.List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", profileV3());
        credential.put("validFrom", award.awardedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        credential.put("name", award.name());
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", links.absolute("/openbadges/badges/" + award.slug()));
        achievement.put("type", java.util.List.of("Achievement"));
        achievement.put("name", award.name());
        achievement.put("description", award.description());
        achievement.put("criteria", Map.of("narrative", award.description()));
        achievement.put("image", Map.of("id", links.absolute("/openbadges/badges/" + award.slug() + "/image.svg"), "type", "Image"));
        var subject = new LinkedHashMap<String, Object>();
        subject.put("type", java.util.List.of("AchievementSubject"));
        subject.put("identifier", java.util.List.of(Map.of("type", "IdentityObject", "identityHash", "sha256$" + sha256(email + award.salt()),
                "identityType", "emailAddress", "hashed", true, "salt", award.salt())));
        subject.put("achievement", achievement);
        credential.put("credentialSubject", subject);
        var payload = new LinkedHashMap<String, Object>(credential);
        payload.put("iss", links.absolute("/openbadges/v3/issuer"));
        payload.put("nbf", award.awardedAt().getEpochSecond());
        payload.put("jti", credential.get("id"));
        var jwk = key.jwk();
        var header = new LinkedHashMap<String, Object>();
        header.put("alg", "ES256");
        header.put("typ", "JWT");
        header.put("kid", links.absolute("/openbadges/v3/jwks.json") + "#" + jwk.get("kid"));
        header.put("jwk", jwk);
        var jwt = key.sign(json.writeValueAsString(header), json.writeValueAsString(payload));
        return Map.of("credential", credential, "jwt", jwt);
    }

    public Map<String, Object> issuer() {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("@context", CONTEXT);
        issuer.put("type", "Issuer");
        issuer.put("id", links.absolute("/openbadges/issuer"));
        issuer.put("name", issuerName);
        issuer.put("url", links.absolute("/"));
        return issuer;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> badgeClass(String slug) {
        var badge = badges.badge(slug);
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

    /** The hosted assertion; a revoked award answers with revoked and the reason, as the specification asks. */
    @Transactional(readOnly = true)
    public Map<String, Object> assertion(long awardId) {
        var award = badges.award(awardId);
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", CONTEXT);
        json.put("type", "Assertion");
        json.put("id", links.absolute("/openbadges/assertions/" + award.id()));
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
        json.put("evidence", award.evidencePost() != null ? links.absolute("/questions/" + award.evidencePost())
                : links.absolute("/members/" + award.memberId()));
        json.put("narrative", award.reason());
        return json;
    }

    /** A simple round image in the badge's metal, with its initials. */
    @Transactional(readOnly = true)
    public String image(String slug) {
        var badge = badges.badge(slug);
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

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
