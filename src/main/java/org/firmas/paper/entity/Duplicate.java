package org.firmas.paper.entity;

/**
 * A row left out because its signer signed already: online or in an earlier import
 * ({@code sameAsLine} 0), or higher up in the same file (the line of that row).
 */
public record Duplicate(int line, int sameAsLine) {

    public boolean inThisFile() {
        return sameAsLine > 0;
    }
}
