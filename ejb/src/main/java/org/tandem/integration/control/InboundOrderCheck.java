package org.tandem.integration.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.tandem.integration.entity.InboundMessage;

import java.io.StringReader;

/**
 * Decides whether an inbound order message can ever be recorded. A message rejected here would fail on every
 * delivery, so it goes to the dead-letter queue at once, with the reason as a sentence the sender's IT staff can act on.
 * Today an order needs a non-blank string {@code idempotencyKey} and its {@code lines} (a JSON array or object).
 */
public final class InboundOrderCheck {

    public sealed interface Verdict permits Accepted, Rejected {
    }

    public record Accepted(String idempotencyKey) implements Verdict {
    }

    public record Rejected(String reason) implements Verdict {
    }

    private InboundOrderCheck() {
    }

    /** For a message that carries no text at all, named by its JMS kind (BytesMessage, MapMessage, …). */
    public static Rejected notText(String messageKind) {
        return new Rejected("The message is a " + messageKind + "; Tandem reads only a TextMessage whose body is a JSON object.");
    }

    public static Verdict examine(String body) {
        if (body == null || body.isBlank()) {
            return new Rejected("The message body is empty; it must be a JSON object.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            return new Rejected("The message body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new Rejected("The message body is a JSON " + typeOf(value) + ", not a JSON object.");
        }
        JsonObject order = value.asJsonObject();
        JsonValue key = order.get("idempotencyKey");
        if (key == null) {
            return new Rejected("The field idempotencyKey is missing; every message needs a key of its own so that a "
                    + "message delivered twice is recorded once.");
        }
        if (key.getValueType() != JsonValue.ValueType.STRING) {
            return new Rejected("The field idempotencyKey must be a string, not a " + typeOf(key) + ".");
        }
        String keyText = ((JsonString) key).getString();
        if (keyText.isBlank()) {
            return new Rejected("The field idempotencyKey is blank.");
        }
        if (keyText.length() > InboundMessage.MAX_KEY_LENGTH) {
            return new Rejected("The field idempotencyKey has " + keyText.length() + " characters; at most "
                    + InboundMessage.MAX_KEY_LENGTH + " are allowed.");
        }
        JsonValue lines = order.get("lines");
        if (lines == null) {
            return new Rejected("The field lines is missing; an order needs its lines as a JSON array or object.");
        }
        if (lines.getValueType() != JsonValue.ValueType.ARRAY && lines.getValueType() != JsonValue.ValueType.OBJECT) {
            return new Rejected("The field lines must be a JSON array or object, not a " + typeOf(lines) + ".");
        }
        return new Accepted(keyText);
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> value.getValueType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
