package org.firmas.organizer.boundary;

/** The caller may not see or change what was asked for; answered with 403 (web.xml). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super("not allowed", null, false, false);
    }
}
