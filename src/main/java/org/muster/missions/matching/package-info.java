/**
 * Named so that the demo seeds matching through the same checked services the pages use.
 */
@org.springframework.modulith.NamedInterface("matching")
package org.muster.missions.matching;
