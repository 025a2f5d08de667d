package org.muster.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The public, stable addresses Open Badges verifiers fetch. */
@RestController
@Tag(name = "Open Badges")
class OpenBadgesController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

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
    @Operation(summary = "The public key that signs Open Badges 3.0 credentials (JWK set)")
    Map<String, Object> jwks() {
        return openBadges.jwks();
    }

    @GetMapping("/openbadges/assertions/{id}")
    @Operation(summary = "Open Badges 2.0 hosted assertion of an award (revoked ones say so)")
    ResponseEntity<Map<String, Object>> assertion(@PathVariable long id) {
        return ResponseEntity.ok().contentType(JSON_LD).body(openBadges.assertion(id));
    }
}
