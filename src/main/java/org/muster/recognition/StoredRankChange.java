package org.muster.recognition;

import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.Locale;

/** A rank change as stored: its reason a message key whose one argument is the points. */
record StoredRankChange(long id, String fromRank, String toRank, int points, String reasonKey, Instant createdAt,
                        Instant readAt) {

    RankChange toldIn(MessageSource messages, Locale locale) {
        return new RankChange(id, fromRank, toRank, points, messages.getMessage(reasonKey, new Object[]{points}, locale),
                createdAt, readAt);
    }
}
