package org.muster.missions.common;

import java.util.List;

/**
 * Where a peer is, how far they travel, what they like and when they are free (weekly, in their own
 * time zone), so missions at a place and customers' requests can be matched to them.
 */
public record PeerProfile(long memberId, Double latitude, Double longitude, Integer travelKm, List<String> interests,
                          boolean matching, List<Availability> availability) {

    /** weekday 1 (Monday) to 7; minutes from midnight. */
    public record Availability(int weekday, int fromMinute, int toMinute) {
    }

    static PeerProfile empty(long memberId) {
        return new PeerProfile(memberId, null, null, null, List.of(), false, List.of());
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** Great-circle distance in kilometres (haversine). */
    public double kmTo(double lat, double lon) {
        double dLat = Math.toRadians(lat - latitude), dLon = Math.toRadians(lon - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
