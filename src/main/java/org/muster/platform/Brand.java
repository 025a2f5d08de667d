package org.muster.platform;

import java.util.List;

/**
 * How the community presents itself on every page and in every mail. Null parts fall back to Muster's
 * own look: the name from the message bundle, the colours from muster.css, no logo, no welcome text.
 * Colours are validated six-digit hex values, so the layout may write them into a style element.
 *
 * @param logoUrl     a path on this site that changes whenever the logo does, so it may be cached for long
 * @param welcomeHtml sanitized HTML from the admin's Markdown
 */
public record Brand(String name, String logoUrl, String accent, String accentInk, String darkAccent,
                    String darkAccentInk, String welcomeHtml, List<FooterLink> footerLinks) {

    /** Before an admin set anything, or without the module that keeps the brand. */
    public static final Brand PLAIN = new Brand(null, null, null, null, null, null, null, List.of());

    public record FooterLink(String label, String url) {
    }
}
