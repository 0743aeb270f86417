package org.firmas.paper.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a typed-up sheet file, as its header names them. Every row carries its sheet's
 * code, the event it was signed at and who collected it, so one file may hold several sheets and
 * events. The email address, phone number and area may be left empty.
 */
public enum SheetColumn {
    SHEET_CODE(true), EVENT_NAME(true), EVENT_DATE(true), EVENT_PLACE(true), COLLECTED_BY(true),
    NAME(true), ZIP(true), EMAIL(false), PHONE(false), AREA(false);

    private final boolean required;

    SheetColumn(boolean required) {
        this.required = required;
    }

    /** The name in the file's header, such as {@code sheet_code}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    /** The bundle key of the column's name in the organizer's language, for messages. */
    public String labelKey() {
        return "organize.paper.column." + header();
    }

    /** The column a header cell names; case and spaces around it forgiven. */
    public static Optional<SheetColumn> named(String header) {
        String wanted = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(values()).filter(column -> column.header().equals(wanted)).findFirst();
    }
}
