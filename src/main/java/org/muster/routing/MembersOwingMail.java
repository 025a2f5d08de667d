package org.muster.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.LongConsumer;

/**
 * Goes through every member a mail job owes mail, each in a savepoint of the job's transaction: a
 * member whose mail cannot be written (a broken template line) is logged and left owing, and does
 * not roll back, and so stop, everyone else's mail.
 */
@Component
class MembersOwingMail {

    private static final Logger log = LoggerFactory.getLogger(MembersOwingMail.class);
    private static final int PAGE = 200;

    private final NotificationMailRepository repository;
    private final TransactionTemplate savepoint;

    MembersOwingMail(NotificationMailRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    void forEach(String mail, LongConsumer send) {
        long after = 0;
        for (var page = repository.membersOwing(mail, after, PAGE); !page.isEmpty(); page = repository.membersOwing(mail, after, PAGE)) {
            for (long memberId : page) {
                try {
                    savepoint.executeWithoutResult(tx -> send.accept(memberId));
                } catch (RuntimeException e) {
                    log.warn("Notification mail ({}) for member {} not written: {}", mail, memberId, e.toString());
                }
            }
            after = page.getLast();
        }
    }
}
