package org.muster.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * GET responses of the API carry an ETag; a client sending it back in If-None-Match gets 304. The tag is
 * weak (the same JSON, whatever its encoding), so that the response may travel compressed: Tomcat never
 * compresses a response with a strong tag, which names exact bytes.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        var registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }
}
