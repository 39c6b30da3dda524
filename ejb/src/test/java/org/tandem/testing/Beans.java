package org.tandem.testing;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import java.lang.reflect.Field;
import java.time.Clock;

/**
 * Fills a session bean's injected fields for a run outside the container: the entity manager, the caller and,
 * where the bean has them, its clock and anything else named. Fields are found by name, as the container would
 * by type, so a renamed field fails loudly here.
 */
public final class Beans {

    private Beans() {
    }

    public static <T> T wire(T bean, EntityManager em, SessionContext caller, Clock clock) {
        set(bean, "em", em);
        set(bean, "session", caller);
        if (has(bean, "clock")) {
            set(bean, "clock", clock);
        }
        return bean;
    }

    public static <T> T with(T bean, String field, Object value) {
        set(bean, field, value);
        return bean;
    }

    private static boolean has(Object bean, String name) {
        try {
            bean.getClass().getDeclaredField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static void set(Object bean, String name, Object value) {
        try {
            Field field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(bean.getClass().getSimpleName() + " has no field " + name, e);
        }
    }
}
