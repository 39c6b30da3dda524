package org.tandem.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * The last number given to a kind of document in a year. The issuing transaction locks its row, so two
 * issues wait for each other and a rolled-back issue gives its number back: the numbers have no gaps.
 */
@Entity
@Table(name = "document_counter")
public class DocumentCounter {

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected DocumentCounter() {
    }

    public DocumentCounter(String kind, int year) {
        this.key = new Key(kind, year);
    }

    public long next() {
        return ++lastNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "kind", nullable = false, length = 20)
        private String kind;

        @Column(name = "counter_year", nullable = false)
        private int year;

        protected Key() {
        }

        public Key(String kind, int year) {
            this.kind = kind;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && kind.equals(other.kind) && year == other.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, year);
        }
    }
}
