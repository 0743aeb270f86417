package org.firmas.platform;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters (NUL and the like), no invisible
 * direction overrides that make a name read differently than it is stored, no zero-width
 * characters that make two names look alike, and no U+FFFD, which is what bytes that were not
 * UTF-8 become. Null passes (pair with NotBlank).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    /** Whether line breaks are allowed, as in a comment. */
    boolean multiLine() default false;

    String message() default "{firmas.text.invisible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
