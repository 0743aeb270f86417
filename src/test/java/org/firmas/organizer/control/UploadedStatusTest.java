package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadedStatusTest {

    @Test
    void anyStatusBecomesDraftOnItsOwnLine() {
        assertEquals("goal: 3\nstatus: draft\ntexts:\n", UploadedStatus.asDraft("goal: 3\nstatus: open  # live now\ntexts:\n"));
        assertEquals("status: draft\r\ngoal: 3\r\n", UploadedStatus.asDraft("status: \"won\"\r\ngoal: 3\r\n"));
    }

    @Test
    void aNestedKeyNamedStatusIsLeftAlone() {
        assertEquals("status: draft\ntexts:\n  en:\n    status: open\n", UploadedStatus.asDraft("status: live\ntexts:\n  en:\n    status: open\n"));
    }

    @Test
    void aFileWithoutAStatusGetsOne() {
        assertEquals("status: draft\ngoal: 3\n", UploadedStatus.asDraft("goal: 3\n"));
    }
}
