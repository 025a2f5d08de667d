package org.muster.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for mail: from {@code muster.base-url} when set (behind a proxy, set it), else
 * from the request that caused the mail.
 */
@Component
public class SiteLinks {

    private final String baseUrl;

    SiteLinks(@Value("${muster.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String absolute(String path) {
        if (!baseUrl.isBlank()) return baseUrl + path;
        if (RequestContextHolder.getRequestAttributes() != null)
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + path;
        return "http://localhost:8080" + path;
    }
}
