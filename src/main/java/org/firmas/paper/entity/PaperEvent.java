package org.firmas.paper.entity;

import java.time.LocalDate;

/** Where and when signatures were gathered on paper: a table after Mass, a session, a street walked door to door. */
public record PaperEvent(String name, LocalDate date, String place) {

    /** "Table after Mass, St. Agnes (2026-11-29)", as the import's record lists it. */
    public String describe() {
        return name + ", " + place + " (" + date + ")";
    }
}
