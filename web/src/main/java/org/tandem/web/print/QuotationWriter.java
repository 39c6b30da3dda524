package org.tandem.web.print;

import org.tandem.quotation.entity.Quotation;
import org.tandem.quotation.entity.QuotationLine;

/** A quotation as the customer receives it: each line at its net unit price, with VAT and gross. */
public final class QuotationWriter {

    private final SheetPdf pdf;
    private final Wording wording;

    public QuotationWriter(SheetPdf pdf, Wording wording) {
        this.pdf = pdf;
        this.wording = wording;
    }

    public byte[] write(Quotation quotation) {
        return pdf.write(sheet(quotation), wording);
    }

    Sheet sheet(Quotation quotation) {
        String currency = quotation.getCurrency();
        Sheet sheet = new Sheet(wording.text("print.quotation"), quotation.getNumber())
                .fact(wording.text("print.quotedOn"), wording.date(quotation.getQuotedOn()))
                .fact(wording.text("print.validUntil"), wording.date(quotation.getValidUntil()))
                .fact(wording.text("print.currency"), currency)
                .customer(quotation.getCustomer(), wording)
                .pricedColumns(wording);
        for (QuotationLine line : quotation.getLines()) {
            sheet.row(String.valueOf(line.getLineNo()), line.getProduct().getSku(), line.getProduct().getName(),
                    wording.quantity(line.getQuantity()), line.getProduct().getUnit(),
                    wording.unitPrice(line.getPrice().getUnitNetPrice()),
                    wording.money(line.getPrice().net(currency)),
                    wording.rate(line.getPrice().getTaxRate()),
                    wording.money(line.getPrice().gross(currency)));
        }
        return sheet.total(wording.text("print.total.net"), wording.money(quotation.getNetTotal()))
                .total(wording.text("print.total.vat"), wording.money(quotation.getVatTotal()))
                .total(wording.text("print.total.gross", currency), wording.money(quotation.getGrossTotal()))
                .note(wording.text("print.note"), quotation.getNote());
    }
}
