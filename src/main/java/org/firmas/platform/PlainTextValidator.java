package org.firmas.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; the console's own form checks call the same rules. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
        multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return multiLine ? isMultiLine(value) : isOneLine(value);
    }

    /** True when the text holds only characters a person types on one line; null is fine. */
    public static boolean isOneLine(String text) {
        return text == null || text.codePoints().allMatch(PlainTextValidator::isTyped);
    }

    /** As {@link #isOneLine}, but line breaks and tabs are fine too (comments, Markdown). */
    public static boolean isMultiLine(String text) {
        return text == null || text.codePoints()
                .allMatch(c -> c == '\n' || c == '\r' || c == '\t' || isTyped(c));
    }

    /** Zero-width joiner and non-joiner stay allowed: Persian and Indic names need them. */
    private static boolean isTyped(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.FORMAT -> c == 0x200C || c == 0x200D;
            default -> c != 0xFFFD;
        };
    }
}
