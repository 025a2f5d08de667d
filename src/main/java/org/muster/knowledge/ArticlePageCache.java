package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.PageCachePolicy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Visitors' cached question pages name the articles that document them ("now documented in …"): an edit
 * can retitle an article or move it into a private space, so it drops them all. Edits are rare.
 */
@Component
class ArticlePageCache implements PageCachePolicy {

    @Override
    public Optional<String> tagOf(String path) {
        return Optional.empty();
    }

    @Override
    public Set<String> staleAfter(DomainEvent event) {
        return event instanceof ArticleEdited ? Set.of(EVERYTHING) : Set.of();
    }
}
