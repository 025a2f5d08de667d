package org.muster.branding;

import java.time.Instant;
import java.util.List;

/** The brand as admins set it, for the admin page and the API. */
public record Branding(String name, String accent, String welcome, List<FooterLink> footerLinks, String logoType,
                       Instant updatedAt) {

    public boolean hasLogo() {
        return logoType != null;
    }
}
