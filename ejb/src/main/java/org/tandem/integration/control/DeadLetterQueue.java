package org.tandem.integration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Parks a message that cannot be processed on {@code jms/tandem/DeadLetter}, with the reason beside it. The
 * application does this itself rather than leaving it to the broker, so the reason travels with the message on
 * any broker. The send joins the caller's transaction: in a message-driven bean it commits together with the
 * acknowledgement of the original, so the message is neither lost nor parked twice.
 */
@ApplicationScoped
public class DeadLetterQueue {

    public static final String REASON = "tandemReason";
    public static final String ORIGINAL_DESTINATION = "tandemOriginalDestination";
    public static final String ORIGINAL_MESSAGE_ID = "tandemOriginalMessageId";
    public static final String FAILED_AT = "tandemFailedAt";
    public static final String DELIVERIES = "tandemDeliveries";

    private static final Logger LOG = Logger.getLogger(DeadLetterQueue.class.getName());

    @Inject
    JMSContext jms;

    @Resource(lookup = "jms/tandem/DeadLetter")
    Queue deadLetters;

    /** Sends {@code body} (the original text, or null when it had none) as a TextMessage with the reason. */
    public void park(Message original, String body, String reason, int deliveries) {
        try {
            String messageId = original.getJMSMessageID();
            LOG.warning(() -> "Message " + messageId + " moved to the dead-letter queue: " + reason);
            var producer = jms.createProducer()
                    .setProperty(REASON, reason)
                    .setProperty(ORIGINAL_DESTINATION, nameOf(original.getJMSDestination()))
                    .setProperty(ORIGINAL_MESSAGE_ID, messageId)
                    .setProperty(FAILED_AT, OffsetDateTime.now(ZoneOffset.UTC).toString())
                    .setProperty(DELIVERIES, deliveries);
            // the sender may match its own correlation id against the dead letters
            if (original.getJMSCorrelationID() != null) {
                producer.setJMSCorrelationID(original.getJMSCorrelationID());
            }
            producer.send(deadLetters, body);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static String nameOf(Destination destination) throws JMSException {
        if (destination instanceof Queue queue) {
            return queue.getQueueName();
        }
        if (destination instanceof Topic topic) {
            return topic.getTopicName();
        }
        return String.valueOf(destination);
    }
}
