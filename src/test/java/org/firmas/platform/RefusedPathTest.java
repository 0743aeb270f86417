package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefusedPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/%zz", "/campaigns/%zz", "/organize/%zz", "/%", "/a%4", "/%00", "/a%5Cb", "/a\\b",
        "/../x", "/a/../../x", "/a/%2e%2e/%2E%2E/x", "*", "http://example.org/"})
    void pathsTheServerRefusesWhileDecodingThem(String rawPath) {
        assertTrue(RefusedPath.refusedByServer(rawPath), rawPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/campaigns/signing-test", "/static/firmas.css", "/x%C3", "/a%2Fb", "/a/../b",
        "/caf%C3%A9", "/a%20b", "/organize/"})
    void pathsTheServerTakes(String rawPath) {
        assertFalse(RefusedPath.refusedByServer(rawPath), rawPath);
    }
}
