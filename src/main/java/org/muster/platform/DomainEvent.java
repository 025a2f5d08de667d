package org.muster.platform;

/**
 * A fact another module may want to know, published with Spring's event publisher inside the
 * transaction of the change. {@link EventLog} appends every one to the change feed in that same
 * transaction, so consumers built now or later read them in order and miss none after a crash.
 */
public interface DomainEvent {
}
