package org.muster.platform;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** A subscriber's {@code on} methods for one event type: {@code on(Event)} or {@code on(Event, Delivery)}. */
final class Handlers {

    private Handlers() {
    }

    static List<Method> of(Class<?> subscriberType, Class<?> eventType) {
        var methods = new ArrayList<Method>();
        for (var type = subscriberType; type != null && type != Object.class; type = type.getSuperclass()) {
            for (var method : type.getDeclaredMethods()) {
                if (handles(method, eventType)) {
                    method.setAccessible(true);
                    methods.add(method);
                }
            }
        }
        return List.copyOf(methods);
    }

    private static boolean handles(Method method, Class<?> eventType) {
        if (!method.getName().equals("on") || Modifier.isStatic(method.getModifiers()) || method.isBridge()) return false;
        var parameters = method.getParameterTypes();
        if (parameters.length == 0 || parameters.length > 2) return false;
        if (!DomainEvent.class.isAssignableFrom(parameters[0]) || !parameters[0].isAssignableFrom(eventType)) return false;
        return parameters.length == 1 || parameters[1] == Delivery.class;
    }
}
