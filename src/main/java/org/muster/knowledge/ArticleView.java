package org.muster.knowledge;

import org.muster.spaces.Space;
import org.springframework.modulith.NamedInterface;

import java.util.List;

/** An article's page: the article, its space, its author's name and the threads it documents that the reader may see. */
@NamedInterface("api")
public record ArticleView(Article article, Space space, String authorName, String editorName, List<SourceThread> threads) {

    /** A thread the article was written from. */
    public record SourceThread(long id, String title, String path, boolean solved) {
    }
}
