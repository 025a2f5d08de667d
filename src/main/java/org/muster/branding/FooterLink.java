package org.muster.branding;

import jakarta.validation.constraints.Size;

/** A link at the foot of every page: the brand's own site, its privacy policy, its shop. */
public record FooterLink(@Size(max = FooterLink.MAX_LABEL) String label, @Size(max = FooterLink.MAX_URL) String url) {

    static final int MAX_LABEL = 40;
    static final int MAX_URL = 500;
}
