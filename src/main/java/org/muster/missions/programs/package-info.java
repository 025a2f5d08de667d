/**
 * Named so that the demo seeds programs through the same checked services the pages use.
 */
@org.springframework.modulith.NamedInterface("programs")
package org.muster.missions.programs;
