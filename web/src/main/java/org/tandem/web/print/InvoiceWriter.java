package org.tandem.web.print;

import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceLine;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An invoice with VAT shown per rate, as a tax document must. A draft has no number and no dates yet and is
 * marked across every page, so that a printed draft is never taken for the invoice.
 */
public final class InvoiceWriter {

    private final SheetPdf pdf;
    private final Wording wording;

    public InvoiceWriter(SheetPdf pdf, Wording wording) {
        this.pdf = pdf;
        this.wording = wording;
    }

    public byte[] write(Invoice invoice) {
        return pdf.write(sheet(invoice), wording);
    }

    Sheet sheet(Invoice invoice) {
        String currency = invoice.getCurrency();
        boolean draft = invoice.getStatus() == InvoiceStatus.DRAFT;
        Sheet sheet = new Sheet(wording.text("print.invoice"),
                draft ? wording.text("print.invoice.draft") : invoice.getNumber())
                .fact(wording.text("print.invoiceDate"), wording.date(invoice.getInvoiceDate()))
                .fact(wording.text("print.dueDate"), wording.date(invoice.getDueDate()))
                .fact(wording.text("print.currency"), currency)
                .customer(invoice.getCustomer(), wording)
                .pricedColumns(wording);
        if (draft) {
            sheet.mark(wording.text("print.invoice.draftMark"));
        }
        for (InvoiceLine line : invoice.getLines()) {
            sheet.row(String.valueOf(line.getLineNo()), line.getProduct().getSku(), line.getProduct().getName(),
                    wording.quantity(line.getQuantity()), line.getProduct().getUnit(),
                    wording.unitPrice(line.getUnitNetPrice()),
                    wording.money(Money.of(line.getLineNet(), currency)),
                    wording.rate(line.getTaxRate()),
                    wording.money(Money.of(line.getLineGross(), currency)));
        }
        sheet.total(wording.text("print.total.net"), wording.money(invoice.getNetTotal()));
        for (Map.Entry<BigDecimal, LineAmounts> rate : invoice.getTaxTotals().entrySet()) {
            sheet.total(wording.text("print.total.vatAt", wording.rate(rate.getKey()), wording.money(rate.getValue().net())),
                    wording.money(rate.getValue().vat()));
        }
        return sheet.total(wording.text("print.total.gross", currency), wording.money(invoice.getGrossTotal()))
                .note(wording.text("print.note"), invoice.getNote());
    }
}
