package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Addresses as mail servers quote them, each replaced whole, whatever characters it holds. */
class LogRedactionTest {

    @Test
    void everyAddressOfTheShapeFirmasAcceptsIsRemovedWhole() {
        assertEquals("550 5.1.1 <<address>>: Recipient address rejected",
                LogRedaction.redact("550 5.1.1 <o'brien+peti=ciones@mail.example.org>: Recipient address rejected"));
        assertEquals("550 Recipient <address> not found; also <address>",
                LogRedaction.redact("550 Recipient d'angelo.maria@example.net not found; also rosa_19@ex-ample.com"));
    }

    @Test
    void quotedAddressesKeepTheirQuotes() {
        assertEquals("553 sender \"<address>\" refused, '<address>'",
                LogRedaction.redact("553 sender \"firmas@example.org\" refused, 'ana@example.org'"));
    }
}
