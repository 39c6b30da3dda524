package org.tandem.web.print;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.entity.Invoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Each kind of document printed to PDF and read back as text, as a customer's PDF reader would see it. */
class PrintedDocumentsTest {

    private static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private final SalesDocuments documents = new SalesDocuments("Harbour Wholesale Ltd.");
    private final SheetPdf pdf = new SheetPdf(new Letterhead("Tandem Trading Co., Ltd.", "1 Bund Road, Shanghai"),
            Optional.empty());
    private final Wording english = new Wording(Locale.ENGLISH);

    @Test
    void aQuotationShowsTheCustomerEachLineAndTheTotals() throws IOException {
        String text = text(new QuotationWriter(pdf, english).write(documents.quotation()));

        assertContainsAll(text, "Tandem Trading Co., Ltd.", "Quotation", "QT-2026-000051",
                "Harbour Wholesale Ltd.", "88 Nanjing Road, Shanghai", "021-5555 0100",
                "Valid until", "2026-04-01", "TEA-001", "CUP-002", "85.50", "13%", "9%",
                "1,026.00", "1,234.60", "152.15", "1,386.75", "Delivery to Shanghai included.");
    }

    @Test
    void aDeliveryNoteShowsQuantitiesAndASignatureButNoPrices() throws IOException {
        Delivery delivery = documents.shippedDelivery();
        String shippedOn = delivery.getShippedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate().toString();

        String text = text(new DeliveryNoteWriter(pdf, english).write(delivery));

        assertContainsAll(text, "Delivery note", "DL-2026-000201", "SO-2026-000151", "PO-7781",
                "Harbour Wholesale Ltd.", "CUP-002", "Paper cup 8 oz", "100", "box", shippedOn, "Received by");
        assertFalse(text.contains("85.50"), text);
        assertFalse(text.contains("1,386.75"), text);
    }

    @Test
    void anIssuedInvoiceShowsItsDatesAndTheVatOfEachRate() throws IOException {
        Invoice invoice = documents.issuedInvoice(documents.shippedDelivery());

        String text = text(new InvoiceWriter(pdf, english).write(invoice));

        assertContainsAll(text, "Invoice", "INV-2026-000007", "Harbour Wholesale Ltd.", "TEA-001",
                "2026-03-08", "2026-04-07", "VAT 13% on 1,026.00", "133.38", "VAT 9% on 208.60", "18.77",
                "1,234.60", "1,386.75");
        assertFalse(text.contains("not a valid invoice"), text);
    }

    @Test
    void aDraftInvoiceIsMarkedAsNotAValidInvoice() throws IOException {
        Invoice draft = documents.draftInvoice(documents.shippedDelivery());

        String text = text(new InvoiceWriter(pdf, english).write(draft));

        assertContainsAll(text, "DRAFT", "not a valid invoice", "Draft", "1,386.75");
        assertFalse(text.contains("INV-"), text);
    }

    @Test
    void aCreditNoteNamesTheInvoiceAndTheReturnItComesFrom() throws IOException {
        String text = text(new CreditNoteWriter(pdf, english).write(documents.creditNote()));

        assertContainsAll(text, "Credit note", "CN-2026-000003", "INV-2026-000007", "RT-2026-000401",
                "Harbour Wholesale Ltd.", "TEA-001", "171.00", "22.23", "193.23");
        assertFalse(text.contains("CUP-002"), text);
    }

    @Test
    void chineseNamesAndLabelsArePrintedInTheConfiguredFont() throws IOException {
        assumeTrue(Files.isReadable(Path.of(CJK_FONT)), "no CJK font on this machine");
        SalesDocuments chinese = new SalesDocuments("上海港湾批发有限公司");
        SheetPdf cjk = new SheetPdf(new Letterhead("Tandem Trading Co., Ltd.", null), Optional.of(CJK_FONT + ",0"));

        String text = text(new InvoiceWriter(cjk, new Wording(Locale.SIMPLIFIED_CHINESE))
                .write(chinese.issuedInvoice(chinese.shippedDelivery())));

        assertContainsAll(text, "上海港湾批发有限公司", "销售发票", "INV-2026-000007", "价税合计", "1,386.75");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static void assertContainsAll(String text, String... expected) {
        assertAll(java.util.Arrays.stream(expected)
                .map(e -> () -> assertTrue(text.contains(e), () -> "missing \"" + e + "\" in:\n" + text)));
    }
}
