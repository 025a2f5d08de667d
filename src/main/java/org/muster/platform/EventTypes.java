package org.muster.platform;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every domain event type of Muster by its stored name ({@link EventName}). Found once at start-up from
 * the classes themselves, so an event that lacks its name, or two events with one name, stop the start.
 */
@Component
public class EventTypes {

    private final Map<String, Class<? extends DomainEvent>> byName;
    private final Map<Class<?>, String> names = new HashMap<>();

    EventTypes() {
        this(scan());
    }

    EventTypes(Map<String, Class<? extends DomainEvent>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        byName.forEach((name, type) -> names.put(type, name));
    }

    /** The stored name of this event's type. */
    public String nameOf(DomainEvent event) {
        var name = names.get(event.getClass());
        if (name == null) throw new IllegalStateException(event.getClass().getName() + " is not a known domain event");
        return name;
    }

    /** The type stored under this name; empty for a name this version does not know (a newer node wrote it). */
    public Optional<Class<? extends DomainEvent>> typeOf(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every event type by name. */
    public Map<String, Class<? extends DomainEvent>> all() {
        return byName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends DomainEvent>> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        var found = new HashMap<String, Class<? extends DomainEvent>>();
        for (var candidate : scanner.findCandidateComponents("org.muster")) {
            var type = (Class<? extends DomainEvent>) ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    EventTypes.class.getClassLoader());
            var name = type.getAnnotation(EventName.class);
            if (name == null) throw new IllegalStateException(type.getName() + " is a domain event without an @EventName");
            var other = found.put(name.value(), type);
            if (other != null) {
                throw new IllegalStateException(type.getName() + " and " + other.getName() + " are both stored as " + name.value());
            }
        }
        return found;
    }
}
