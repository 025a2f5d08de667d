package org.muster.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages for visitors, per node, in memory: most readers of a community are visitors and
 * search engines, and they all see the same page. Entries are dropped on the changes that make
 * them stale (on this node at commit, on the others through the change feed) and after a short
 * time at the latest, which bounds how stale view counts and names can get.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageCache extends OncePerRequestFilter implements FeedSubscriber.PerNode {

    private record Page(String tag, byte[] body, List<Map.Entry<String, String>> headers, String contentType,
                        long expiresAt) {
    }

    private final List<PageCachePolicy> policies;
    private final ReaderLocales locales;
    private final long ttlMillis;
    private final long maxBytes;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageCache(List<PageCachePolicy> policies, ReaderLocales locales,
              @Value("${muster.page-cache.ttl:PT60S}") Duration ttl,
              @Value("${muster.page-cache.max-bytes:67108864}") long maxBytes) {
        this.policies = policies;
        this.locales = locales;
        this.ttlMillis = ttl.toMillis();
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ttlMillis <= 0 || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || hasSessionCookie(request) || request.getHeader("HX-Request") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI();
        var policy = policies.stream().filter(p -> p.tagOf(path).isPresent()).findFirst();
        if (policy.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Keyed by the language the visitor reads, not the raw header: a Dutch visitor never gets an English
        // page, and every browser that asks for Dutch in other words shares one entry.
        var key = path + "?" + request.getQueryString() + "|" + locales.visitorLocale(request).toLanguageTag();
        var cached = get(key);
        if (cached.isPresent()) {
            policy.get().served(request, path);
            write(cached.get(), request, response);
            return;
        }
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == 200 && !capture.containsHeader("Set-Cookie") && cacheable(capture.getContentType())) {
            var headers = new ArrayList<Map.Entry<String, String>>();
            for (var name : capture.getHeaderNames())
                for (var value : capture.getHeaders(name)) headers.add(Map.entry(name, value));
            put(key, new Page(policy.get().tagOf(path).orElseThrow(), capture.getContentAsByteArray(), headers,
                    capture.getContentType(), System.currentTimeMillis() + ttlMillis));
        }
        capture.copyBodyToResponse();
    }

    /**
     * Local changes: dropped as soon as they commit, so the writer's next view is fresh. An
     * after-commit listener rather than the feed, because the feed hands events out a moment later.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(DomainEvent event) {
        evictFor(event);
    }

    /** Changes made on any node, this one included (a second eviction costs nothing). */
    void on(DomainEvent event) {
        evictFor(event);
    }

    @Override
    public String subscription() {
        return "platform.page-cache";
    }

    /** The cache starts empty, so what happened before this node started cannot be stale in it. */
    @Override
    public FeedPosition resumeFrom() {
        return null;
    }

    @Override
    public void advancedTo(FeedPosition position) {
    }

    private void evictFor(DomainEvent event) {
        for (var policy : policies)
            for (var tag : policy.staleAfter(event)) evict(tag);
    }

    public synchronized void evict(String tag) {
        if (PageCachePolicy.EVERYTHING.equals(tag)) {
            pages.clear();
            bytes = 0;
            return;
        }
        var each = pages.entrySet().iterator();
        while (each.hasNext()) {
            var page = each.next().getValue();
            if (page.tag().equals(tag)) {
                bytes -= page.body().length;
                each.remove();
            }
        }
    }

    private synchronized Optional<Page> get(String key) {
        var page = pages.get(key);
        if (page == null) return Optional.empty();
        if (page.expiresAt() < System.currentTimeMillis()) {
            pages.remove(key);
            bytes -= page.body().length;
            return Optional.empty();
        }
        return Optional.of(page);
    }

    private synchronized void put(String key, Page page) {
        var old = pages.put(key, page);
        if (old != null) bytes -= old.body().length;
        bytes += page.body().length;
        var eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private static boolean cacheable(String contentType) {
        return contentType != null && (contentType.startsWith("text/html") || contentType.startsWith("application/json"));
    }

    private static void write(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (var header : page.headers()) response.addHeader(header.getKey(), header.getValue());
        var etag = response.getHeader("ETag");
        if (etag != null && etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) return false;
        for (var cookie : cookies) if ("SESSION".equals(cookie.getName())) return true;
        return false;
    }
}
