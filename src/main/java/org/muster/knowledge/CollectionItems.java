package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/** A collection's questions in their new order: the whole list, so adding, removing and reordering are one change. */
@NamedInterface("api")
public record CollectionItems(List<Long> questionIds) {
}
