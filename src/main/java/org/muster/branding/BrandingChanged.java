package org.muster.branding;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

/** An admin changed the community's name, logo, colour, welcome text or footer links. */
@EventName("BrandingChanged")
public record BrandingChanged(long changedBy) implements DomainEvent {
}
