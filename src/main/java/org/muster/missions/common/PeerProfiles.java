package org.muster.missions.common;

import org.muster.missions.PeerProfileSaved;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A member's own peer profile: location, travel radius, interests, weekly hours, and whether to be matched at all. */
@Service
public class PeerProfiles {

    public record Input(Double latitude, Double longitude, Integer travelKm, List<String> interests, Boolean matching,
                        List<PeerProfile.Availability> availability) {
    }

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern HOURS = Pattern.compile("(?i)\\s*(mon|tue|wed|thu|fri|sat|sun)\\w*\\s+(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})\\s*");

    private final PeerRepository peers;
    private final ApplicationEventPublisher events;

    PeerProfiles(PeerRepository peers, ApplicationEventPublisher events) {
        this.peers = peers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PeerProfile mine(Actor actor) {
        long memberId = actor.requireMember();
        return peers.profiles(List.of(memberId)).getOrDefault(memberId, PeerProfile.empty(memberId));
    }

    @Transactional
    public PeerProfile save(Actor actor, Input input) {
        long memberId = actor.requireMember();
        if ((input.latitude() == null) != (input.longitude() == null)) throw new Invalid("longitude", "peer.location.invalid");
        if (input.latitude() != null && (Math.abs(input.latitude()) > 90 || Math.abs(input.longitude()) > 180))
            throw new Invalid("latitude", "peer.location.invalid");
        if (input.travelKm() != null && (input.travelKm() < 0 || input.travelKm() > 20_000)) throw new Invalid("travelKm", "peer.travel.invalid");
        var interests = input.interests() == null ? List.<String>of()
                : input.interests().stream().map(String::strip).filter(s -> !s.isEmpty() && InputText.visibleLength(s) <= 40).distinct().limit(30).toList();
        var hours = input.availability() == null ? List.<PeerProfile.Availability>of() : input.availability();
        for (var a : hours)
            if (a.weekday() < 1 || a.weekday() > 7 || a.fromMinute() < 0 || a.toMinute() > 1440 || a.toMinute() <= a.fromMinute())
                throw new Invalid("availability", "peer.hours.invalid");
        if (hours.size() > 50) throw new Invalid("availability", "peer.hours.invalid");
        boolean matching = !Boolean.FALSE.equals(input.matching());
        peers.save(new PeerProfile(memberId, input.latitude(), input.longitude(), input.travelKm(), interests, matching, hours));
        events.publishEvent(new PeerProfileSaved(memberId, matching));
        return mine(actor);
    }

    /** Weekly hours written as "Mon 09:00-17:00, Sat 10:00-14:00" (one per comma or line). */
    public static List<PeerProfile.Availability> parse(String text) {
        var hours = new ArrayList<PeerProfile.Availability>();
        if (text == null || text.isBlank()) return hours;
        for (var part : text.split("[,\\n]")) {
            if (part.isBlank()) continue;
            var m = HOURS.matcher(part);
            if (!m.matches()) throw new Invalid("availability", "peer.hours.invalid");
            int from = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            int to = Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
            hours.add(new PeerProfile.Availability(DAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1, from, to));
        }
        return hours;
    }

    /** The inverse of {@link #parse}, to fill the form. */
    public static String format(List<PeerProfile.Availability> hours) {
        var parts = new ArrayList<String>();
        for (var a : hours)
            parts.add("%s %02d:%02d-%02d:%02d".formatted(DAYS.get(a.weekday() - 1).substring(0, 1).toUpperCase(Locale.ROOT)
                    + DAYS.get(a.weekday() - 1).substring(1), a.fromMinute() / 60, a.fromMinute() % 60, a.toMinute() / 60, a.toMinute() % 60));
        return String.join(", ", parts);
    }
}
