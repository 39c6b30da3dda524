package org.tandem.sampledata;

/** EAN-13 barcodes: twelve digits and a GS1 check digit (weights 1 and 3 from the left, modulo 10). */
final class Ean13 {

    private Ean13() {
    }

    static String withCheckDigit(String twelveDigits) {
        if (!twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("An EAN-13 starts with twelve digits: " + twelveDigits);
        }
        return twelveDigits + checkDigit(twelveDigits);
    }

    static boolean isValid(String barcode) {
        return barcode != null && barcode.matches("\\d{13}")
                && barcode.charAt(12) - '0' == checkDigit(barcode.substring(0, 12));
    }

    private static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
