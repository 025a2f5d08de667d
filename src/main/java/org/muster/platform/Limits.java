package org.muster.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Abuse limits, set with {@code muster.limits.*}. */
@ConfigurationProperties("muster.limits")
public record Limits(long maxRequestBytes,
                     int failedLoginsPerAccountPerMinute,
                     int failedLoginsPerAddressPerMinute,
                     int signUpsPerAddressPerHour,
                     int tokensPerAddressPerHour,
                     int postsPerAddressPerHour) {
}
