package org.muster.missions.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request limits count as one requester: a mailbox however written, an IPv6 subscriber by its /64. */
class MatchRequesterKeysTests {

    @Test
    void oneMailboxHoweverItsAddressIsWritten() {
        var mailbox = Matching.mailbox("tom@traveller.test");
        assertThat(Matching.mailbox(" Tom@Traveller.TEST ")).isEqualTo(mailbox);
        assertThat(Matching.mailbox("tom+second@traveller.test")).isEqualTo(mailbox);
        assertThat(Matching.mailbox("ｔｏｍ@traveller.test")).isEqualTo(mailbox);
        assertThat(Matching.mailbox("tim@traveller.test")).isNotEqualTo(mailbox);
    }

    @Test
    void anIpv6SubscriberIsCountedByItsSlash64AndIpv4ByItsAddress() {
        assertThat(Matching.network("2a02:a210:2b42:d100:5c1f:8e2d:77a4:1b0e"))
                .isEqualTo(Matching.network("2a02:a210:2b42:d100::1"))
                .isNotEqualTo(Matching.network("2a02:a210:2b42:d101::1"));
        assertThat(Matching.network("81.164.22.193")).isEqualTo("81.164.22.193").isNotEqualTo(Matching.network("81.164.22.194"));
    }
}
