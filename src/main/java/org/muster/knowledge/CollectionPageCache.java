package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.PageCachePolicy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Collection pages are not cached (each shows what its reader may see of questions that change on their own);
 * the visitors' cached space pages list pinned collections by title, so pinning or renaming makes them stale.
 */
@Component
class CollectionPageCache implements PageCachePolicy {

    @Override
    public Optional<String> tagOf(String path) {
        return Optional.empty();
    }

    @Override
    public Set<String> staleAfter(DomainEvent event) {
        return switch (event) {
            case CollectionPinned pinned -> Set.of("lists");
            case CollectionEdited edited -> Set.of("lists");
            default -> Set.of();
        };
    }
}
