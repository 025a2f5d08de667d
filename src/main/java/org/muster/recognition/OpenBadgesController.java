package org.muster.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The public, stable addresses Open Badges verifiers fetch. */
@RestController
@Tag(name = "Open Badges")
class OpenBadgesController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    private final OpenBadges openBadges;

    OpenBadgesController(OpenBadges openBadges) {
        this.openBadges = openBadges;
    }

    @GetMapping("/openbadges/issuer")
    @Operation(summary = "Open Badges 2.0 issuer profile")
    ResponseEntity<Map<String, Object>> issuer() {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.issuer());
    }

    @GetMapping("/openbadges/badges/{slug}")
    @Operation(summary = "Open Badges 2.0 badge class")
    ResponseEntity<Map<String, Object>> badgeClass(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.badgeClass(slug));
    }

    @GetMapping(value = "/openbadges/badges/{slug}/image.svg", produces = "image/svg+xml")
    @Operation(summary = "A badge's image")
    String image(@PathVariable String slug) {
        return openBadges.image(slug);
    }

    @GetMapping("/openbadges/v3/issuer")
    @Operation(summary = "Open Badges 3.0 issuer profile")
    ResponseEntity<Map<String, Object>> issuerV3() {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.profileV3());
    }

    @GetMapping("/openbadges/v3/jwks.json")
    @Operation(summary = "The public keys that verify Open Badges 3.0 VC-JWTs (JWK set)")
    Map<String, Object> jwks() {
        return openBadges.jwks();
    }

    @GetMapping("/openbadges/v3/keys/{kid}")
    @Operation(summary = "A signing key, as a VC-JWT's kid or a proof's verificationMethod names it: a VC-JWT key (RS256; ES256 for older credentials) as a JWK, "
            + "the Ed25519 key (eddsa-rdfc-2022 proofs) as a Multikey controlled by the issuer")
    Map<String, Object> key(@PathVariable String kid) {
        return openBadges.key(kid);
    }

    @GetMapping("/openbadges/v3/achievements/{slug}")
    @Operation(summary = "Open Badges 3.0 Achievement of a badge")
    ResponseEntity<Map<String, Object>> achievement(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.achievement(slug));
    }

    @GetMapping("/openbadges/v3/credentials/{id}")
    @Operation(summary = "Open Badges 3.0 OpenBadgeCredential of an award, with its Data Integrity proof (eddsa-rdfc-2022); "
            + "a revoked award answers 409")
    ResponseEntity<Map<String, Object>> credential(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.credential(id));
    }

    @GetMapping("/openbadges/assertions/{id}")
    @Operation(summary = "Open Badges 2.0 hosted assertion of an award by its public id (revoked ones say so); "
            + "the numbered address of an award made before public ids redirects to it")
    ResponseEntity<Map<String, Object>> assertion(@PathVariable String id) {
        if (NUMBER.matcher(id).matches())
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(openBadges.movedAssertion(Long.parseLong(id)))).build();
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.assertion(publicId(id)));
    }

    private static UUID publicId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
