package org.muster.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other modules may ask about members: one call per page, never one per row. */
@Service
public class Members {

    private final MemberRepository members;

    Members(MemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> findByEmail(String email) {
        return members.findByEmail(AccountService.normalize(email)).map(Members::summary);
    }

    @Transactional(readOnly = true)
    public Map<Long, MemberSummary> summaries(Collection<Long> ids) {
        return members.listByIds(ids).stream().map(Members::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }

    private static MemberSummary summary(Member member) {
        return new MemberSummary(member.id(), member.displayName());
    }
}
