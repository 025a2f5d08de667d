package org.muster.platform;

import java.util.Optional;

/**
 * How the platform learns a member's address, language and time zone for a mail; the accounts
 * module answers. It is the one place that picks a reader's language.
 */
public interface MailRecipients {

    Optional<MailRecipient> recipient(long memberId);
}
