package org.tandem.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tandem.catalog.entity.Product;
import org.tandem.pricing.entity.LineAmounts;
import org.tandem.returns.entity.ReturnLine;

import java.math.BigDecimal;

/** A returned quantity credited at the price it was invoiced at. */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLine {

    @Id
    @SequenceGenerator(name = "credit_note_line_seq", sequenceName = "credit_note_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_note_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "credit_note_id", nullable = false, updatable = false)
    private CreditNote creditNote;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_line_id", nullable = false, updatable = false)
    private ReturnLine returnLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_line_id", nullable = false, updatable = false)
    private InvoiceLine invoiceLine;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, precision = 15, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_net_price", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal unitNetPrice;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal taxRate;

    @Column(name = "line_net", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineNet;

    @Column(name = "line_vat", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineVat;

    @Column(name = "line_gross", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal lineGross;

    protected CreditNoteLine() {
    }

    CreditNoteLine(CreditNote creditNote, int lineNo, ReturnLine returnLine, InvoiceLine invoiceLine,
                   LineAmounts amounts) {
        this.creditNote = creditNote;
        this.lineNo = lineNo;
        this.returnLine = returnLine;
        this.invoiceLine = invoiceLine;
        this.product = returnLine.getProduct();
        this.quantity = returnLine.getQuantity();
        this.unitNetPrice = invoiceLine.getUnitNetPrice();
        this.taxRate = invoiceLine.getTaxRate();
        this.lineNet = amounts.net().getAmount();
        this.lineVat = amounts.vat().getAmount();
        this.lineGross = amounts.gross().getAmount();
    }

    public Long getId() {
        return id;
    }

    public CreditNote getCreditNote() {
        return creditNote;
    }

    public int getLineNo() {
        return lineNo;
    }

    public ReturnLine getReturnLine() {
        return returnLine;
    }

    public InvoiceLine getInvoiceLine() {
        return invoiceLine;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitNetPrice() {
        return unitNetPrice;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getLineNet() {
        return lineNet;
    }

    public BigDecimal getLineVat() {
        return lineVat;
    }

    public BigDecimal getLineGross() {
        return lineGross;
    }
}
