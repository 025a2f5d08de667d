/**
 * Named so that the demo seeds tasks through the same checked services the pages use.
 */
@org.springframework.modulith.NamedInterface("tasks")
package org.muster.missions.tasks;
