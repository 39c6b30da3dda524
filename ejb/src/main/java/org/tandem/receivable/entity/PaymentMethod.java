package org.tandem.receivable.entity;

/** How the money came in; a bank acceptance bill (银行承兑汇票) is common in Chinese trade. */
public enum PaymentMethod {
    BANK_TRANSFER, CASH, CHEQUE, BANK_ACCEPTANCE
}
