package org.firmas.campaign.control;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Hands YAML events to the composer and stops at a collection nested deeper than the limit. The
 * composer builds nodes by recursion, one Java frame per level, and snakeyaml-engine has no depth
 * setting: without this, a file of 20,000 brackets ends in a StackOverflowError.
 */
final class NestingLimitedParser implements Parser {

    /** Thrown when a collection starts one level too deep, with its one-based line. */
    static final class TooDeep extends RuntimeException {

        private final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final Parser events;
    private final int maxDepth;
    private int depth;

    NestingLimitedParser(Parser events, int maxDepth) {
        this.events = events;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event event = events.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > maxDepth) {
                    throw new TooDeep(event.getStartMark().map(Mark::getLine).orElse(0) + 1);
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            default -> {
            }
        }
        return event;
    }
}
