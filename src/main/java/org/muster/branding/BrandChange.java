package org.muster.branding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an admin sets (the logo travels on its own, as bytes). Blank values bring back Muster's own:
 * its name and its blue.
 *
 * @param accent  six-digit hex such as {@code #0b5cad}; white text on it must stay readable
 * @param welcome Markdown, shown on the home page to visitors and new members
 */
public record BrandChange(@Size(max = BrandChange.MAX_NAME) String name, String accent,
                          @Size(max = BrandChange.MAX_WELCOME) String welcome,
                          @Valid @Size(max = BrandChange.MAX_LINKS) List<FooterLink> footerLinks) {

    static final int MAX_NAME = 60;
    static final int MAX_WELCOME = 4000;
    static final int MAX_LINKS = 5;

    public BrandChange {
        footerLinks = footerLinks == null ? List.of() : List.copyOf(footerLinks);
    }
}
