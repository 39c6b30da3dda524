package org.tandem.marketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.shared.entity.Texts;

import java.util.Objects;

/** A company whose products compete with ours on the shelf. */
@Entity
@Table(name = "competitor")
public class Competitor {

    @Id
    @SequenceGenerator(name = "competitor_seq", sequenceName = "competitor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competitor_seq")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Size(max = 500)
    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected Competitor() {
    }

    public Competitor(String name, String note) {
        describe(name, note);
    }

    public final void describe(String newName, String newNote) {
        this.name = Objects.requireNonNull(newName).trim();
        this.note = Texts.blankToNull(newNote);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
