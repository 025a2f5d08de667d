package org.muster.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where an event hook may post. Admins are trusted, but a webhook is a request from inside our
 * network to an address someone typed: HTTPS only (plain HTTP to this machine, or everywhere with
 * {@code muster.webhooks.allow-http}), and never to a link-local, wildcard or multicast address,
 * where cloud metadata services live. Private networks stay allowed: a self-hosted n8n is the common
 * case. Checked when the hook is added and again before each send, since a name may resolve elsewhere
 * by then; redirects are never followed.
 */
@Component
class EventHookAddress {

    private final boolean allowHttp;

    EventHookAddress(@Value("${muster.webhooks.allow-http:false}") boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    /** Why this address may not be posted to, as a message key; empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("eventhook.url");
        }
        if (url.length() > 2000 || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getScheme() == null)
            return Optional.of("eventhook.url");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("eventhook.url.unknown");
        }
        var scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean loopback = java.util.Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        if (!scheme.equals("https") && !(scheme.equals("http") && (loopback || allowHttp)))
            return Optional.of("eventhook.url.https");
        for (var address : addresses)
            if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress() || metadata(address))
                return Optional.of("eventhook.url.refused");
        return Optional.empty();
    }

    /**
     * Cloud metadata services outside link-local space: AWS's IPv6 one (fd00:ec2::254), and the shared
     * address space 100.64.0.0/10 where Alibaba's lives; and IPv6 that embeds an IPv4 address (NAT64
     * 64:ff9b::/96, IPv4-mapped), judged by the address it embeds.
     */
    private static final byte[] AWS_IPV6_METADATA = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};

    private static boolean metadata(InetAddress address) {
        var bytes = address.getAddress();
        if (bytes.length == 4) return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        if (java.util.Arrays.equals(bytes, AWS_IPV6_METADATA)) return true;
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
        if (!nat64) return false;
        try {
            var embedded = InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
            return embedded.isLinkLocalAddress() || embedded.isLoopbackAddress() || embedded.isAnyLocalAddress() || metadata(embedded);
        } catch (java.net.UnknownHostException impossible) {
            return true;
        }
    }
}
