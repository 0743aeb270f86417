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
        return firstRefused(text, false) < 0;
    }

    /** As {@link #isOneLine}, but line breaks and tabs are fine too (comments, Markdown). */
    public static boolean isMultiLine(String text) {
        return firstRefused(text, true) < 0;
    }

    /** Where the first character the rule refuses begins in the text, or -1 when there is none (or no text). */
    public static int firstRefused(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!(isTyped(c) || multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
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
