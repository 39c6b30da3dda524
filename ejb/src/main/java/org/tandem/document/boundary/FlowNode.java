package org.tandem.document.boundary;

import org.tandem.shared.entity.Money;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One document in a flow: what it is, its number, status and date, its amount where it has one, and whether it
 * is the document the flow was asked for.
 */
public record FlowNode(DocumentKind kind, long id, String number, Enum<?> status, LocalDate date, Money amount,
                       boolean current) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public DocumentKind getKind() {
        return kind;
    }

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Enum<?> getStatus() {
        return status;
    }

    public LocalDate getDate() {
        return date;
    }

    public Money getAmount() {
        return amount;
    }

    public boolean isCurrent() {
        return current;
    }
}
