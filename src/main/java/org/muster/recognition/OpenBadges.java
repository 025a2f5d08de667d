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

    private final Badges badges;
    private final Members members;
    private final SiteLinks links;
    private final String issuerName;

    OpenBadges(Badges badges, Members members, SiteLinks links,
               @Value("${muster.recognition.issuer-name:Muster community}") String issuerName) {
        this.badges = badges;
        this.members = members;
        this.links = links;
        this.issuerName = issuerName;
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
