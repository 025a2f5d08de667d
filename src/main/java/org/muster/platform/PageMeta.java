package org.muster.platform;

/**
 * What a public page tells search engines and link previews beyond its title. A controller puts one in
 * the model as {@code pageMeta}; the layout writes the description, the canonical link, the OpenGraph
 * tags and the structured data. Any part may be null and is then left out.
 *
 * @param canonicalUrl   absolute, from {@link SiteLinks}, never from the request's Host
 * @param structuredData a JSON-LD document; it is made safe for a script element here, so that no text
 *                       in it (a post saying {@code </script>}) can end the element early
 */
public record PageMeta(String description, String canonicalUrl, String openGraphType, String structuredData) {

    public PageMeta {
        if (structuredData != null) {
            structuredData = structuredData.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        }
    }
}
