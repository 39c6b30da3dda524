package org.tandem.web.print;

import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.CreditNoteLine;
import org.tandem.shared.entity.Money;

/** A credit note names the invoice it corrects and the return it comes from, and credits at that invoice's prices. */
public final class CreditNoteWriter {

    private final SheetPdf pdf;
    private final Wording wording;

    public CreditNoteWriter(SheetPdf pdf, Wording wording) {
        this.pdf = pdf;
        this.wording = wording;
    }

    public byte[] write(CreditNote note) {
        return pdf.write(sheet(note), wording);
    }

    Sheet sheet(CreditNote note) {
        String currency = note.getCurrency();
        Sheet sheet = new Sheet(wording.text("print.creditNote"), note.getNumber())
                .fact(wording.text("print.issuedOn"), wording.date(note.getIssuedOn()))
                .fact(wording.text("print.originalInvoice"), note.getInvoice().getNumber())
                .fact(wording.text("print.return"), note.getCustomerReturn().getNumber())
                .fact(wording.text("print.currency"), currency)
                .customer(note.getCustomer(), wording)
                .pricedColumns(wording);
        for (CreditNoteLine line : note.getLines()) {
            sheet.row(String.valueOf(line.getLineNo()), line.getProduct().getSku(), line.getProduct().getName(),
                    wording.quantity(line.getQuantity()), line.getProduct().getUnit(),
                    wording.unitPrice(line.getUnitNetPrice()),
                    wording.money(Money.of(line.getLineNet(), currency)),
                    wording.rate(line.getTaxRate()),
                    wording.money(Money.of(line.getLineGross(), currency)));
        }
        return sheet.total(wording.text("print.total.net"), wording.money(note.getNetTotal()))
                .total(wording.text("print.total.vat"), wording.money(note.getVatTotal()))
                .total(wording.text("print.creditNote.total", currency), wording.money(note.getGrossTotal()));
    }
}
