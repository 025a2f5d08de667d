package org.muster.knowledge;

import org.muster.spaces.Space;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/** A page of articles: of one space, or (null) of every space the reader may see; {@code next} the next page's cursor. */
@NamedInterface("api")
public record ArticleList(Space space, List<Listed> articles, Long next) {

    /** An article in a list, with its space's name. */
    public record Listed(Article article, String spaceName) {
    }
}
