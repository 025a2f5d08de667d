package org.muster.knowledge;

import org.muster.platform.NotFound;
import org.muster.platform.SiteLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sitemap over every {@link SitemapSource}: an index naming, per kind, pages of at most
 * {@code muster.sitemap.page-size} URLs (50,000, the protocol's limit), and those pages. Only public content,
 * as each source keeps it.
 */
@Service
class Sitemaps {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern PAGE = Pattern.compile("([a-z][a-z0-9]*)-([1-9][0-9]{0,8})\\.xml");

    private final List<SitemapSource> sources;
    private final SiteLinks links;
    private final int pageSize;

    Sitemaps(List<SitemapSource> sources, SiteLinks links, @Value("${muster.sitemap.page-size:50000}") int pageSize) {
        if (pageSize < 1 || pageSize > 50_000) throw new IllegalArgumentException("muster.sitemap.page-size must be 1 to 50000");
        this.sources = sources;
        this.links = links;
        this.pageSize = pageSize;
    }

    /** The index: one {@code sitemap} per page of each kind. */
    @Transactional(readOnly = true)
    public String index() {
        return xml("sitemapindex", out -> {
            for (var source : sources) {
                long pages = (source.count() + pageSize - 1) / pageSize;
                for (long n = 1; n <= pages; n++) {
                    out.writeStartElement("sitemap");
                    element(out, "loc", links.absolute("/sitemap/" + source.kind() + "-" + n + ".xml"));
                    out.writeEndElement();
                }
            }
        });
    }

    /** A page named as the index names it, e.g. {@code questions-2.xml}; 404 for any other name or past the end. */
    @Transactional(readOnly = true)
    public String page(String name) {
        var matched = PAGE.matcher(name);
        if (!matched.matches()) throw new NotFound();
        var source = sources.stream().filter(s -> s.kind().equals(matched.group(1))).findFirst().orElseThrow(NotFound::new);
        long n = Long.parseLong(matched.group(2));
        var pages = source.pages((n - 1) * pageSize, pageSize);
        if (pages.isEmpty() && n > 1) throw new NotFound();
        return xml("urlset", out -> {
            for (var page : pages) {
                out.writeStartElement("url");
                element(out, "loc", links.absolute(encoded(page.path())));
                element(out, "lastmod", page.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                out.writeEndElement();
            }
        });
    }

    /** Letters beyond ASCII in a slug, percent-encoded as the protocol asks of a URL. */
    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static String xml(String root, Body body) {
        var text = new StringWriter();
        try {
            var out = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement(root);
            out.writeDefaultNamespace(NAMESPACE);
            body.write(out);
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter out, String name, String value) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(value);
        out.writeEndElement();
    }
}
