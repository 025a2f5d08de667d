package org.muster.branding;

import org.muster.platform.Brand;
import org.muster.platform.BrandSource;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Markdown;
import org.muster.platform.PageCache;
import org.muster.platform.PageCachePolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;

/**
 * Every page reads the brand, so each node keeps it in memory. A change drops it on the writing node
 * at commit and on every other node from the change feed; the expiry only bounds the damage if a node
 * missed that. Visitors' cached pages carry the old brand, so they go at the same moment, after it.
 */
@Component
class BrandCache implements BrandSource, FeedSubscriber.PerNode {

    private static final Duration TTL = Duration.ofMinutes(1);

    private record Cached(Brand brand, long expiresAt) {
    }

    private final BrandingService branding;
    private final Markdown markdown;
    private final PageCache pages;
    private volatile Cached cached;

    BrandCache(BrandingService branding, Markdown markdown, PageCache pages) {
        this.branding = branding;
        this.markdown = markdown;
        this.pages = pages;
    }

    @Override
    public Brand brand() {
        var now = System.currentTimeMillis();
        var current = cached;
        if (current == null || current.expiresAt() < now) {
            current = new Cached(load(), now + TTL.toMillis());
            cached = current;
        }
        return current.brand();
    }

    private Brand load() {
        var b = branding.current();
        var links = b.footerLinks().stream().map(l -> new Brand.FooterLink(l.label(), l.url())).toList();
        var logo = b.hasLogo() ? "/brand/logo?v=" + b.updatedAt().toEpochMilli() : null;
        var dark = b.accent() == null ? null : BrandColours.forDarkTheme(b.accent());
        return new Brand(b.name(), logo, b.accent(), b.accent() == null ? null : BrandColours.WHITE, dark,
                dark == null ? null : BrandColours.DARK_WASH, b.welcome() == null ? null : markdown.toHtml(b.welcome()),
                links);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(BrandingChanged changed) {
        drop();
    }

    void on(BrandingChanged changed) {
        drop();
    }

    private void drop() {
        cached = null;
        pages.evict(PageCachePolicy.EVERYTHING);
    }

    @Override
    public String subscription() {
        return "branding.cache";
    }

    /** The cache starts empty, so nothing from before this node started can be stale in it. */
    @Override
    public FeedPosition resumeFrom() {
        return null;
    }

    @Override
    public void advancedTo(FeedPosition position) {
    }
}
