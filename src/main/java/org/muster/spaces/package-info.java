/**
 * Spaces: where questions live, who may see them, and what a question in them must carry
 * (template fields, required tag groups). Other modules ask {@link org.muster.spaces.SpaceService}
 * whether an actor may see a space; it and the records it returns are {@code spaces :: api}, the
 * events {@code spaces :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spaces", allowedDependencies = {"platform", "platform :: events", "accounts :: api"})
package org.muster.spaces;
