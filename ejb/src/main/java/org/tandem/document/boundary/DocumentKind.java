package org.tandem.document.boundary;

/** The documents of order to cash, in the order they follow each other. */
public enum DocumentKind {
    QUOTATION, SALES_ORDER, DELIVERY, INVOICE, PAYMENT, RETURN, CREDIT_NOTE
}
