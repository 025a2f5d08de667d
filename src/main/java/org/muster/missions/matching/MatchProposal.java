package org.muster.missions.matching;

import java.time.Instant;

/** A peer Muster proposed for a request, with the score and the reasons it gave; the peer accepts or declines. */
public record MatchProposal(long id, long requestId, long peerId, String peerName, double score, String reasons, String status,
                            Instant createdAt, Instant decidedAt) {

    /** The peer's name comes from accounts, asked once for the proposals shown. */
    MatchProposal named(String name) {
        return new MatchProposal(id, requestId, peerId, name, score, reasons, status, createdAt, decidedAt);
    }
}
