package org.firmas.platform;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.util.Set;

/**
 * Answers the templates' optional parameters ({@code description}, {@code mainClass},
 * {@code linkTarget}) with null when the page including them did not set them; a page that sets
 * one is answered before any resolver is asked. Left to the standard resolvers, a name nobody
 * defines ends in a look-up of {@code java.lang.<name>} with {@code Class.forName}, on every
 * rendering: the failed look-ups wait on the class loader's lock, and in a surge of confirmation
 * pages the requests spent more time waiting there than working.
 */
public class OptionalTemplateParameters extends ELResolver {

    static final Set<String> NAMES = Set.of("description", "mainClass", "linkTarget");

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (isOptionalParameter(base, property)) {
            context.setPropertyResolved(true);
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Parameters are set by the including page, never through an expression.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (isOptionalParameter(base, property)) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }

    private static boolean isOptionalParameter(Object base, Object property) {
        return base == null && property instanceof String name && NAMES.contains(name);
    }
}
