/**
 * Named so that the demo seeds common through the same checked services the pages use.
 */
@org.springframework.modulith.NamedInterface("common")
package org.muster.missions.common;
