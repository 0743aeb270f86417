package org.firmas.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that puts its own servers on the SMTP port (down, hanging, refusing): the
 * shared {@link TestSmtp} server is not started for it until the test asks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StagesItsOwnSmtp {
}
