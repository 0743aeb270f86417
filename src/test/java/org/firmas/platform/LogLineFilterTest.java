package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogLineFilterTest {

    private final LogLineFilter filter = new LogLineFilter(null);

    @Test
    void aLineBreakInAMessageOrItsArgumentsIsWrittenAsAnEscape() {
        LogRecord record = record("org.firmas.delivery.control.OutboxSender", "Mail refused: {0}\r\n[forged] record");
        record.setParameters(new Object[] {"550 no such user\n[2026-01-01] [SEVERE] forged", 42});

        assertTrue(filter.isLoggable(record));

        assertEquals("Mail refused: {0}\\r\\n[forged] record", record.getMessage());
        assertArrayEquals(new Object[] {"550 no such user\\n[2026-01-01] [SEVERE] forged", 42}, record.getParameters());
    }

    @Test
    void otherControlCharactersAndLineSeparatorsAreEscapedToo() {
        assertEquals("a\\u0000b\\u001Bc\\u2028d\\u0085e\\tf", LogLineFilter.escape("a\u0000b\u001Bc\u2028d\u0085e\tf"));
        assertEquals("Rosa Martínez 日本", LogLineFilter.escape("Rosa Martínez 日本"));
    }

    @Test
    void theServersRequestHandlingIsGuardedAndItsBootMessagesKeepTheirLayout() {
        LogRecord grizzly = record("org.glassfish.grizzly.http.util.Parameters", "value [a\nb]");
        LogRecord boot = record("PayaraMicro", "Payara Micro URLs:\nhttp://localhost:8080/");

        filter.isLoggable(grizzly);
        filter.isLoggable(boot);

        assertEquals("value [a\\nb]", grizzly.getMessage());
        assertEquals("Payara Micro URLs:\nhttp://localhost:8080/", boot.getMessage());
    }

    @Test
    void theServersStackTraceForAMalformedEscapeBecomesOneLine() {
        LogRecord record = record("jakarta.enterprise.web.core", "AS-WEB-CORE-00037");
        record.setLevel(Level.SEVERE);
        record.setThrown(new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - %zz"));

        filter.isLoggable(record);

        assertNull(record.getThrown());
        assertEquals(Level.INFO, record.getLevel());
        assertEquals("Refused a request with a malformed percent escape in its address", record.getMessage());
    }

    @Test
    void whatAnEarlierFilterDropsStaysDropped() {
        LogLineFilter afterAnother = new LogLineFilter(record -> false);

        assertEquals(false, afterAnother.isLoggable(record("org.firmas.x", "text")));
    }

    private static LogRecord record(String logger, String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName(logger);
        return record;
    }
}
