/**
 * Named so that the demo seeds shifts through the same checked services the pages use.
 */
@org.springframework.modulith.NamedInterface("shifts")
package org.muster.missions.shifts;
