package org.tandem.integration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A message another system sent us, kept as it arrived; its idempotency key makes a redelivery recognisable. */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

    public static final int MAX_KEY_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "inbound_message_seq", sequenceName = "inbound_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_seq")
    private Long id;

    @NotBlank
    @Size(max = MAX_KEY_LENGTH)
    @Column(name = "idempotency_key", nullable = false, unique = true, updatable = false, length = MAX_KEY_LENGTH)
    private String idempotencyKey;

    @NotBlank
    @Size(max = 50)
    @Column(name = "message_type", nullable = false, updatable = false, length = 50)
    private String messageType;

    @Size(max = 200)
    @Column(name = "jms_message_id", updatable = false, length = 200)
    private String jmsMessageId;

    @NotNull
    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @NotNull
    @Column(nullable = false, updatable = false)
    private String body;

    @Version
    private long version;

    protected InboundMessage() {
    }

    public InboundMessage(String idempotencyKey, String messageType, String jmsMessageId, OffsetDateTime receivedAt, String body) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.messageType = Objects.requireNonNull(messageType);
        this.jmsMessageId = jmsMessageId;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.body = Objects.requireNonNull(body);
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getBody() {
        return body;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundMessage other && idempotencyKey != null && idempotencyKey.equals(other.idempotencyKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(idempotencyKey);
    }
}
