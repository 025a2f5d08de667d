package org.muster.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a domain event is stored under in the change feed. It is part of the stored format, like
 * its fields: renaming or moving the Java type must not change it, or old entries would no longer read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {
    String value();
}
