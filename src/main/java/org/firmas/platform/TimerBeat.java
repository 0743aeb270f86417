package org.firmas.platform;

import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * Put on a bean's timer ({@code @Interceptors(TimerBeat.class)}), it tells {@link TimerRounds}
 * that the job begins a round, before the round's own work, so a slow round is not a missed one.
 * Serializable, or Payara looks for a serializable copy of it it never made and warns at each start.
 */
public class TimerBeat implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimerRounds rounds;

    @AroundTimeout
    Object beat(InvocationContext context) throws Exception {
        rounds.began(jobName(context.getMethod().getDeclaringClass()), nextTimeout(context));
        return context.proceed();
    }

    /** When the timer fires next; null for a timer with no next time, which then gets the least grace. */
    private static Instant nextTimeout(InvocationContext context) {
        try {
            return ((Timer) context.getTimer()).getNextTimeout().toInstant();
        } catch (RuntimeException noNextTimeout) {
            return null;
        }
    }

    /** {@code OutboxSender} is the job {@code outbox-sender}. */
    static String jobName(Class<?> bean) {
        return bean.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
