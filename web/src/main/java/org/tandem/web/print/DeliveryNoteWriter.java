package org.tandem.web.print;

import org.tandem.delivery.entity.Delivery;
import org.tandem.delivery.entity.DeliveryLine;

import java.time.LocalDate;
import java.time.ZoneId;

/** What goes with the goods: quantities only, no prices, and a place for the receiver to sign. */
public final class DeliveryNoteWriter {

    private final SheetPdf pdf;
    private final Wording wording;

    public DeliveryNoteWriter(SheetPdf pdf, Wording wording) {
        this.pdf = pdf;
        this.wording = wording;
    }

    public byte[] write(Delivery delivery) {
        return pdf.write(sheet(delivery), wording);
    }

    Sheet sheet(Delivery delivery) {
        // the note shows the day of the goods issue where the server is, as the screens show times
        LocalDate shipped = delivery.getShippedAt() == null ? null
                : delivery.getShippedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        Sheet sheet = new Sheet(wording.text("print.deliveryNote"), delivery.getNumber())
                .fact(wording.text("print.order"), delivery.getOrder().getNumber());
        String reference = delivery.getOrder().getCustomerReference();
        if (reference != null && !reference.isBlank()) {
            sheet.fact(wording.text("print.customerReference"), reference);
        }
        sheet.fact(wording.text("print.plannedOn"), wording.date(delivery.getPlannedOn()))
                .fact(wording.text("print.shippedOn"), wording.date(shipped))
                .customer(delivery.getCustomer(), wording)
                .column(wording.text("print.line.no"), 6, false)
                .column(wording.text("print.line.sku"), 16, false)
                .column(wording.text("print.line.product"), 48, false)
                .column(wording.text("print.line.quantity"), 15, true)
                .column(wording.text("print.line.unit"), 15, false);
        for (DeliveryLine line : delivery.getLines()) {
            sheet.row(String.valueOf(line.getLineNo()), line.getProduct().getSku(), line.getProduct().getName(),
                    wording.quantity(line.getQuantity()), line.getProduct().getUnit());
        }
        return sheet.signature(wording.text("print.receivedBy"), wording.text("print.receivedOn"));
    }
}
