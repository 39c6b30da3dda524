package org.tandem.shared.boundary;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void aPageStartsAtZeroOrLater() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, null, true, Map.of()));
        assertDoesNotThrow(() -> new PageRequest(0, 10, null, true, Map.of()));
    }

    @Test
    void aPageHoldsOneToFiveHundredRows() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, null, true, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, null, true, Map.of()));
        assertDoesNotThrow(() -> new PageRequest(0, 1, null, true, Map.of()));
        assertDoesNotThrow(() -> new PageRequest(0, PageRequest.MAX_SIZE, null, true, Map.of()));
    }

    @Test
    void noFiltersMeansAnEmptyMapThatLaterChangesCannotReach() {
        assertEquals(Map.of(), new PageRequest(0, 10, null, true, null).filters());
        Map<String, Object> typed = new HashMap<>(Map.of("name", "li"));
        PageRequest request = new PageRequest(0, 10, null, true, typed);
        typed.put("name", "wang");
        assertEquals("li", request.text("name"));
    }

    @Test
    void aBlankFilterIsNoFilterAndTextIsTrimmed() {
        PageRequest request = new PageRequest(0, 10, null, true, Map.of("name", "   ", "code", " SH "));
        assertNull(request.text("name"));
        assertNull(request.text("absent"));
        assertEquals("SH", request.text("code"));
    }
}
