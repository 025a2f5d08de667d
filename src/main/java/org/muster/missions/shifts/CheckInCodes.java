package org.muster.missions.shifts;

import java.security.SecureRandom;

/** Codes shown at a shift's place: six characters without look-alikes (no 0/O, 1/I/L), hard to guess in a few tries. */
final class CheckInCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    static String next() {
        var code = new StringBuilder();
        for (int i = 0; i < 6; i++) code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return code.toString();
    }

    static boolean matches(String expected, String given) {
        if (expected == null || given == null) return false;
        return java.security.MessageDigest.isEqual(expected.getBytes(), given.strip().toUpperCase(java.util.Locale.ROOT).getBytes());
    }
}
