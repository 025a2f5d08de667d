package org.muster.branding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Admin: branding")
class BrandingApi {

    /** @param logo the logo's address on this site, null without one */
    record BrandingJson(String name, String accent, String welcome, List<FooterLink> footerLinks, String logo,
                        Instant updatedAt) {

        static BrandingJson of(Branding b) {
            return new BrandingJson(b.name(), b.accent(), b.welcome(), b.footerLinks(),
                    b.hasLogo() ? "/brand/logo?v=" + b.updatedAt().toEpochMilli() : null, b.updatedAt());
        }
    }

    private final BrandingService branding;

    BrandingApi(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping("/api/v1/admin/branding")
    @Operation(summary = "The community's name, accent colour, welcome text (Markdown), footer links and logo")
    BrandingJson get(Actor actor) {
        return BrandingJson.of(branding.branding(actor));
    }

    @PutMapping("/api/v1/admin/branding")
    @Operation(summary = "Set the name, accent colour (hex; white text on it needs 4.5:1 contrast), welcome text "
            + "and up to five footer links (http or https); blank values bring back Muster's own")
    BrandingJson put(Actor actor, @Valid @org.springframework.web.bind.annotation.RequestBody BrandChange change) {
        return BrandingJson.of(branding.change(actor, change));
    }

    @PutMapping("/api/v1/admin/branding/logo")
    @Operation(summary = "Replace the logo: a PNG, JPEG or WebP image of at most 300 kB, its type read from the bytes",
            requestBody = @RequestBody(content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")}))
    BrandingJson putLogo(Actor actor, @org.springframework.web.bind.annotation.RequestBody byte[] image) {
        return BrandingJson.of(branding.replaceLogo(actor, image));
    }

    @DeleteMapping("/api/v1/admin/branding/logo")
    @Operation(summary = "Remove the logo: the header shows the name alone")
    ResponseEntity<Void> deleteLogo(Actor actor) {
        branding.removeLogo(actor);
        return ResponseEntity.noContent().build();
    }
}
