package org.muster.knowledge;

import java.time.Instant;
import java.util.List;

/** One kind of public page that the sitemap lists: the sitemap index names a page of 50,000 at most per kind. */
interface SitemapSource {

    /** The kind's name in the sitemap's URLs, e.g. {@code questions}. */
    String kind();

    /** How many public pages of this kind there are now. */
    long count();

    /** Public pages in a stable order, from {@code offset} on, at most {@code limit}. */
    List<SitemapPage> pages(long offset, int limit);

    /** A page's path from the site's root (as {@code SiteLinks} takes it) and when it last changed. */
    record SitemapPage(String path, Instant lastModified) {}
}
