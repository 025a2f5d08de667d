package org.muster.missions.matching;

import org.muster.missions.common.Reason;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A peer Muster proposed for a request, with the score and the reasons it gave; the peer accepts or
 * declines. The reasons are kept as message keys with their arguments (reasonKeys) and told in the
 * reader's language (reasons); a proposal from before keys has no reasonKeys and its text as written.
 */
public record MatchProposal(long id, long requestId, long peerId, String peerName, double score, String reasons,
                            List<Reason> reasonKeys, String status, Instant createdAt, Instant decidedAt) {

    /** The peer's name comes from accounts, asked once for the proposals shown. */
    MatchProposal named(String name) {
        return new MatchProposal(id, requestId, peerId, name, score, reasons, reasonKeys, status, createdAt, decidedAt);
    }

    MatchProposal toldIn(MessageSource messages, Locale locale) {
        if (reasonKeys == null) return this;
        return new MatchProposal(id, requestId, peerId, peerName, score, messages.getMessage(MatchRanking.told(reasonKeys), locale),
                reasonKeys, status, createdAt, decidedAt);
    }
}
