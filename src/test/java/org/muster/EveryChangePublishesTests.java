package org.muster;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insights and notifications count the change feed, so a change that publishes nothing is a change
 * nobody counts. Every public method of a Spring bean that opens a writing transaction must construct
 * a {@link DomainEvent}, itself or through the methods of its own module it calls.
 */
class EveryChangePublishesTests {

    /** How far the call graph is followed inside the module: a service, its use-case class, its helper. */
    private static final int DEPTH = 4;

    /**
     * Writing methods that change no state another module may count, each with the reason. Keyed by
     * {@code SimpleClassName.method}.
     */
    private static final Map<String, String> CHANGES_NOTHING_SHARED = Map.ofEntries(
            Map.entry("AccountService.requestPasswordReset",
                    "mails a one-time link; the account changes when it is used, and PasswordReset says so"),
            Map.entry("AccountService.resendVerification",
                    "mails the verification link again; MemberVerified follows when it is used"),
            Map.entry("ApiTokenService.issue", "a member's own credential: no module reads tokens, and no secret belongs in the feed"),
            Map.entry("ApiTokenService.revoke", "a member's own credential, as issue"),
            Map.entry("MemberDirectory.byApiToken", "notes when a token was last used"),
            Map.entry("MemberStandings.setTrust", "written for moderation, which publishes TrustLevelSet or TrustLevelEarned"),
            Map.entry("MemberStandings.setSanctions", "written for moderation, which publishes SanctionImposed or SanctionsLifted"),
            Map.entry("Redactions.mask",
                    "counts the kinds masked in moderation's own tally; its caller stores the text and publishes that change"),
            Map.entry("Redactions.redact", "the text is qa's: PostModeration.redact publishes PostRedacted"),
            Map.entry("ThreadHistory.date",
                    "the demo's only: spreads threads it just wrote back over months; each post was published as it was written"),
            Map.entry("QuestionService.forgetOldViews",
                    "drops the day-old keys that count a viewer once; each view was published as QuestionViewed"),
            Map.entry("Embeddings.of", "caches the vectors of questions' text, derived and rebuilt at will"),
            Map.entry("OpenBadges.credential", "signs an award as it stands; makes the issuer key on first use"),
            Map.entry("JobLocks.tryLock", "a lease that keeps a job on one node"),
            Map.entry("JobLocks.lock", "a lease, as tryLock, waited for"),
            Map.entry("Subscriptions.lock", "holds a feed subscription for a recompute"),
            Map.entry("Subscriptions.replay", "derives a subscriber's state again from events already published"),
            Map.entry("Mailer.send", "queues an e-mail; what the mail tells was published by the change that sent it"),
            Map.entry("Mailer.sendToAddress", "queues an e-mail, as send"),
            Map.entry("SelfServiceFollower.copyNow", "copies the search log into insights' derived facts, rebuilt at will"),
            Map.entry("SelfServiceFollower.copy", "copies the search log into insights' derived facts, as copyNow")
    );

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.muster");

    @Test
    void everyWritingServiceMethodPublishesAnEvent() {
        var silent = silentWritingMethods();
        silent.removeAll(CHANGES_NOTHING_SHARED.keySet());
        assertThat(silent).as("writing service methods that publish no domain event").isEmpty();
    }

    @Test
    void theListsNameOnlyWritingMethodsThatPublishNothing() {
        var silent = silentWritingMethods();
        // A stale entry would let a later method of that name publish nothing unnoticed.
        assertThat(CHANGES_NOTHING_SHARED.keySet()).isSubsetOf(silent);
    }

    /** {@code SimpleClassName.method} of each public writing method of a bean that constructs no event. */
    private static Set<String> silentWritingMethods() {
        var silent = new TreeSet<String>();
        for (var bean : CLASSES) {
            if (!bean.isMetaAnnotatedWith(Component.class)) continue;
            for (var method : bean.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC) && writes(method) && !publishes(method))
                    silent.add(bean.getSimpleName() + "." + method.getName());
            }
        }
        return silent;
    }

    private static boolean writes(JavaCodeUnit method) {
        return method.tryGetAnnotationOfType(Transactional.class).map(t -> !t.readOnly()).orElse(false);
    }

    /** Follows calls and method references within the method's module, a few levels deep. */
    private static boolean publishes(JavaCodeUnit start) {
        var module = module(start.getOwner());
        var seen = new HashSet<JavaCodeUnit>();
        var queue = new ArrayDeque<Map.Entry<JavaCodeUnit, Integer>>();
        queue.add(Map.entry(start, 0));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            var unit = next.getKey();
            if (!seen.add(unit)) continue;
            for (var call : unit.getConstructorCallsFromSelf()) {
                var created = call.getTargetOwner();
                if (created.isAssignableTo(DomainEvent.class)) return true;
            }
            if (next.getValue() == DEPTH) continue;
            for (var call : unit.getCallsFromSelf()) {
                call.getTarget().resolveMember().filter(target -> module.equals(module(target.getOwner())))
                        .ifPresent(target -> queue.add(Map.entry(target, next.getValue() + 1)));
            }
            for (var reference : unit.getMethodReferencesFromSelf()) {
                reference.getTarget().resolveMember().filter(target -> module.equals(module(target.getOwner())))
                        .ifPresent(target -> queue.add(Map.entry(target, next.getValue() + 1)));
            }
        }
        return false;
    }

    private static String module(JavaClass type) {
        var name = type.getPackageName();
        var parts = name.split("\\.");
        return parts.length > 2 ? parts[2] : name;
    }
}
