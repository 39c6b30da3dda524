package org.tandem.integration.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.integration.control.DeadLetterQueue;
import org.tandem.integration.control.InboundOrderCheck;
import org.tandem.organization.entity.Role;

import java.nio.charset.StandardCharsets;

/**
 * Takes orders that other systems put on {@code jms/tandem/InboundOrders} and records them in the {@link Inbox}.
 * A message that can never succeed is parked on the dead-letter queue at once; one whose processing fails is
 * rolled back for the broker to redeliver, and parked when the last allowed delivery fails too.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/tandem/InboundOrders"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // OpenMQ's resource adapter redelivers a failed message itself and, after these attempts, hands it to the
        // broker's own dead-letter queue without a reason; it must allow more than tandem.jms.max-deliveries
        // so that this bean gives up first
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "20"),
        // milliseconds between deliveries, so a short database outage does not use up all of them
        @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryInterval", propertyValue = "2000")
})
@RunAs(Role.Names.INTEGRATION)
// the default, named because it matters: the acknowledgement and any dead-letter send commit together
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class InboundOrderConsumer implements MessageListener {

    static final String ORDER = "ORDER";

    @Inject
    Inbox inbox;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    @ConfigProperty(name = "tandem.jms.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    @Override
    public void onMessage(Message message) {
        try {
            String body = textOf(message);
            InboundOrderCheck.Verdict verdict = message instanceof TextMessage ? InboundOrderCheck.examine(body)
                    : InboundOrderCheck.notText(kindOf(message));
            if (verdict instanceof InboundOrderCheck.Rejected rejected) {
                deadLetters.park(message, body, rejected.reason(), deliveries(message));
                return;
            }
            String key = ((InboundOrderCheck.Accepted) verdict).idempotencyKey();
            try {
                inbox.record(key, ORDER, message.getJMSMessageID(), body);
            } catch (RuntimeException e) {
                int deliveries = deliveries(message);
                if (deliveries < maxDeliveries) {
                    throw e;
                }
                deadLetters.park(message, body, "Delivered " + deliveries + " times and failed every time; the last error: "
                        + rootMessage(e), deliveries);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** The text to keep: a TextMessage's, a BytesMessage's read as UTF-8 (for the dead letter), otherwise null. */
    private static String textOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() != null ? text.getText() : "";
        }
        if (message instanceof BytesMessage bytes) {
            byte[] content = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(content);
            return new String(content, StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String kindOf(Message message) {
        if (message instanceof BytesMessage) {
            return "BytesMessage";
        }
        if (message instanceof MapMessage) {
            return "MapMessage";
        }
        if (message instanceof ObjectMessage) {
            return "ObjectMessage";
        }
        if (message instanceof StreamMessage) {
            return "StreamMessage";
        }
        return "Message without a body";
    }

    /** OpenMQ counts from 1 and raises the count on each redelivery, by the broker or by its resource adapter. */
    private static int deliveries(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        return text.strip();
    }
}
