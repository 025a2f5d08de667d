package org.muster.missions.matching;

import org.junit.jupiter.api.Test;
import org.muster.accounts.Member;
import org.muster.missions.common.PeerProfile;
import org.muster.missions.common.Reason;
import org.muster.platform.Role;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of match ranking a requester reads or relies on, without a database. */
class MatchRankingTests {

    private static final Instant MONDAY_8_UTC = Instant.parse("2026-12-07T08:00:00Z");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void distancesAreShownInBandsNeverExactly() {
        assertThat(told(MatchRanking.distanceBand(0.3))).isEqualTo("under 2 km away");
        assertThat(told(MatchRanking.distanceBand(2))).isEqualTo("2–5 km away");
        assertThat(told(MatchRanking.distanceBand(4.99))).isEqualTo("2–5 km away");
        assertThat(told(MatchRanking.distanceBand(49.9))).isEqualTo("25–50 km away");
        assertThat(told(MatchRanking.distanceBand(99.9))).isEqualTo("50–100 km away");
        assertThat(told(MatchRanking.distanceBand(100))).isEqualTo("over 100 km away");
    }

    @Test
    void beforeAPeerAcceptsTheReasonsLeaveOutTheirReliabilityAndLoad() {
        var reasons = List.of(Reason.of("match.reason.free", 100), MatchRanking.distanceBand(3), Reason.of("match.reason.speaks", "nl"),
                Reason.of("match.reason.shares", "hiking"), Reason.of("match.reason.reliability", 80), Reason.of("match.reason.load", 1));
        assertThat(told(MatchRanking.told(reasons)))
                .isEqualTo("free for 100 % of the time · 2–5 km away · speaks nl · shares hiking · reliability 80 % · 1 match in the last 30 days");
        assertThat(told(MatchRanking.told(MatchRanking.withoutStanding(reasons))))
                .isEqualTo("free for 100 % of the time · 2–5 km away · speaks nl · shares hiking");
    }

    @Test
    void freeTimeIsReadInThePeersOwnTimeZone() {
        // Mondays 09:00–12:00 in Amsterdam are 08:00–11:00 UTC in December.
        var mondayMornings = List.of(new PeerProfile.Availability(1, 9 * 60, 12 * 60));
        var amsterdam = member("Europe/Amsterdam");
        assertThat(MatchRanking.freeShare(peer(mondayMornings), amsterdam, MONDAY_8_UTC, MONDAY_8_UTC.plusSeconds(7200))).isEqualTo(1.0);
        assertThat(MatchRanking.freeShare(peer(mondayMornings), amsterdam, MONDAY_8_UTC.plusSeconds(7200),
                MONDAY_8_UTC.plusSeconds(4 * 3600))).isEqualTo(0.5);
        // The same hours in Tokyo have long passed at 08:00 UTC.
        assertThat(MatchRanking.freeShare(peer(mondayMornings), member("Asia/Tokyo"), MONDAY_8_UTC, MONDAY_8_UTC.plusSeconds(7200))).isZero();
    }

    @Test
    void freeTimeAcrossMidnightAddsBothDays() {
        var lateSundayEarlyMonday = List.of(new PeerProfile.Availability(7, 22 * 60, 24 * 60), new PeerProfile.Availability(1, 0, 2 * 60));
        var start = Instant.parse("2026-12-06T22:00:00Z");
        assertThat(MatchRanking.freeShare(peer(lateSundayEarlyMonday), member("UTC"), start, start.plusSeconds(4 * 3600))).isEqualTo(1.0);
    }

    @Test
    void aPeerWithoutWeeklyHoursCountsAsFree() {
        assertThat(MatchRanking.freeShare(peer(List.of()), member("UTC"), MONDAY_8_UTC, MONDAY_8_UTC.plusSeconds(3600))).isEqualTo(1.0);
    }

    /** In English, from the bundle the application reads. */
    private static String told(MessageSourceResolvable reason) {
        return MESSAGES.getMessage(reason, Locale.ENGLISH);
    }

    private static PeerProfile peer(List<PeerProfile.Availability> hours) {
        return new PeerProfile(7, null, null, null, List.of(), true, hours);
    }

    private static Member member(String zone) {
        return new Member(7, "peer@example.test", "Peer", "", "", ZoneId.of(zone), List.of(), List.of(), Role.MEMBER,
                Instant.EPOCH, Instant.EPOCH, "peer", null);
    }
}
