package org.tandem.web.pricing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PackedTextTest {

    @Test
    void valuesWithTheSeparatorOrTheNoneMarkComeBackAsTheyWent() {
        String packed = PackedText.pack(42L, "JX-008", "金星酱香, 五星 ~ 53%vol×6", null);
        assertArrayEquals(new String[]{"42", "JX-008", "金星酱香, 五星 ~ 53%vol×6", null}, PackedText.unpack(packed, 4));
    }

    @Test
    void aStringWithAnotherNumberOfPartsIsNoValue() {
        assertNull(PackedText.unpack(PackedText.pack("a", "b"), 3));
        assertNull(PackedText.unpack(null, 2));
    }
}
