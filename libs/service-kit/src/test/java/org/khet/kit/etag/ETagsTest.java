package org.khet.kit.etag;

import org.junit.jupiter.api.Test;
import org.khet.kit.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.*;

class ETagsTest {

    @Test
    void ifMatchAcceptsTheCurrentVersionInAnyForm() {
        assertDoesNotThrow(() -> ETags.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> ETags.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.checkIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.checkIfMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.checkIfMatch("*", 3));
    }

    @Test
    void aStaleIfMatchIsA412() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"2\"", 3));
        assertEquals(412, e.status());
        assertTrue(e.getMessage().contains("\"3\""));
        assertThrows(ProblemException.class, () -> ETags.checkIfMatch("\"33\"", 3));
    }
}
