package org.muster.insights;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

import java.time.LocalDate;

/** An admin imported weekly ticket counts from the help desk; the weeks from the first to the last Monday were written. */
@EventName("HelpDeskTicketsImported")
public record HelpDeskTicketsImported(long importedBy, int weeks, LocalDate firstWeek, LocalDate lastWeek) implements DomainEvent {
}
