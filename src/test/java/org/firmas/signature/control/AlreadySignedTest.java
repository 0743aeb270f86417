package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlreadySignedTest {

    private static final String KEY = "9a674d6c05556ecca212be5579a855ed9a5f2a2f1c6595d394fd4aec711781dc";

    @Test
    void theAskedPairsAreWrittenIntoTheStatementSoEachLookUpIsPlannedForItsOwnValues() {
        Map<Long, List<String>> asked = new LinkedHashMap<>();
        asked.put(7L, List.of(KEY));
        asked.put(12L, List.of("ab01", "cd02"));

        String sql = AlreadySigned.sql(asked);

        assertFalse(sql.contains("?"), sql);
        assertEquals("(VALUES (7, '" + KEY + "'), (12, 'ab01'), (12, 'cd02'))",
                sql.substring(sql.indexOf("(VALUES"), sql.indexOf(" AS asked")));
    }

    @Test
    void anythingButAKeyedHashIsRefusedRatherThanQuoted() {
        for (String notAKey : List.of("x' OR '1'='1", "ana@example.org", "", "a b", "k?", "#k", "k\\")) {
            assertThrows(IllegalArgumentException.class, () -> AlreadySigned.sql(Map.of(1L, List.of(notAKey))), notAKey);
        }
    }
}
