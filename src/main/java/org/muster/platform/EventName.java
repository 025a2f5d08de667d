package org.muster.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.NamedInterface;

/**
 * The name a domain event is stored under in the change feed. It is part of the stored format, like
 * its fields: renaming or moving the Java type must not change it, or old entries would no longer read.
 * <p>
 * Every event so named is also in its module's named interface {@code events}: any module may follow
 * another's facts, and an event cannot be left out of that interface by forgetting a second annotation.
 */
@NamedInterface("events")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {
    String value();
}
