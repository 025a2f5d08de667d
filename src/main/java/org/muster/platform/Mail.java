package org.muster.platform;

import java.time.Instant;

public record Mail(long id, String recipient, String subject, String body, String status,
                   int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
