package org.firmas.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A fault that a job meets again at every tick (the database gone, say) told once: one line when
 * the first attempt fails, one when an attempt succeeds again, nothing in between. The line names
 * the kinds of exception only: a message may quote SQL with its values, keyed addresses included,
 * and a stack trace per tick buries everything else in the log.
 */
public final class FaultEpisode {

    private final Logger log;
    private final String whatFails;
    private final String whenOver;
    private final AtomicBoolean ongoing = new AtomicBoolean();

    /** @param whatFails what the failure means to someone reading the log; @param whenOver what it says when it is over */
    public FaultEpisode(Logger log, String whatFails, String whenOver) {
        this.log = log;
        this.whatFails = whatFails;
        this.whenOver = whenOver;
    }

    public void failed(Throwable fault) {
        failed(kinds(fault));
    }

    /** @param why a short reason the caller vouches holds no personal data (an HTTP status, say) */
    public void failed(String why) {
        if (ongoing.compareAndSet(false, true)) {
            log.warning(whatFails + " (" + why + ")");
        }
    }

    public void succeeded() {
        if (ongoing.get() && ongoing.compareAndSet(true, false)) {
            log.info(whenOver);
        }
    }

    /** The exception and its causes by class, outermost first. */
    static String kinds(Throwable fault) {
        StringBuilder kinds = new StringBuilder(fault.getClass().getSimpleName());
        int depth = 0;
        for (Throwable cause = fault.getCause(); cause != null && cause != fault && depth < 5; cause = cause.getCause(), depth++) {
            kinds.append(" < ").append(cause.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}
