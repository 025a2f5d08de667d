package org.muster.missions.programs;

import java.time.Instant;

/** An organisation working with a program (a transport company, a non-profit, a local authority), not a peer. */
public record Partner(long id, long programId, String name, String kind, String goal, Instant createdAt) {
}
