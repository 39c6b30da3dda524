package org.tandem.it;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another system's view of Tandem's queues: it sends orders over the broker port with OpenMQ's Java client, and an
 * IT person reads the dead-letter queue. The outcome is checked in the database, which the server shares with us.
 */
class JmsIT {

    static final String HOST = System.getProperty("tandem.it.jmsHost", "localhost");
    static final int PORT = Integer.getInteger("tandem.it.jmsPort", 7676);
    static final int MAX_DELIVERIES = Integer.getInteger("tandem.it.jmsMaxDeliveries", 5);
    /** How long the server may take to act on a message; the retries of (d) take about 10 s of it. */
    static final long PATIENCE_MILLIS = 60_000;
    /** Keys with this prefix are refused by a database trigger the test installs, so their insert fails every time. */
    static final String REFUSED = "it-refused-";

    static JMSContext jms;
    static Queue inboundOrders;
    static Queue deadLetters;

    @BeforeAll
    static void connect() throws ReflectiveOperationException {
        jms = openMq().createContext();
        inboundOrders = jms.createQueue("TandemInboundOrders");
        deadLetters = jms.createQueue("TandemDeadLetter");
    }

    @AfterAll
    static void disconnect() {
        if (jms != null) {
            jms.close();
        }
    }

    /*
     * Provokes "fails on every delivery" without stopping the database: a trigger refuses the insert of keys that
     * start with REFUSED, as a database that is down or full would. The application cannot tell this from a
     * passing fault, so it must retry and then park the message; keys of other tests are untouched.
     */
    @BeforeAll
    static void refuseSomeKeys() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("create or replace function it_refuse_inbound() returns trigger language plpgsql as $$ "
                    + "begin raise exception 'the test refuses key %', new.idempotency_key; end $$");
            sql.execute("drop trigger if exists it_refuse_inbound on inbound_message");
            sql.execute("create trigger it_refuse_inbound before insert on inbound_message for each row "
                    + "when (new.idempotency_key like '" + REFUSED + "%') execute function it_refuse_inbound()");
        }
    }

    @AfterAll
    static void acceptAllKeysAgain() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("drop trigger if exists it_refuse_inbound on inbound_message");
            sql.execute("drop function if exists it_refuse_inbound()");
        }
    }

    @Test
    void aValidOrderIsRecordedInTheInbox() throws Exception {
        String key = "it-" + UUID.randomUUID();
        TextMessage sent = send(order(key));

        awaitRows(key, 1);
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "select message_type, jms_message_id, body, received_at from inbound_message where idempotency_key = ?")) {
            query.setString(1, key);
            ResultSet row = query.executeQuery();
            assertTrue(row.next());
            assertEquals("ORDER", row.getString("message_type"));
            assertEquals(sent.getJMSMessageID(), row.getString("jms_message_id"));
            assertEquals(order(key), row.getString("body"));
            assertNotNull(row.getObject("received_at", OffsetDateTime.class));
        }
    }

    @Test
    void anOrderSentTwiceIsRecordedOnce() throws Exception {
        String key = "it-" + UUID.randomUUID();
        send(order(key));
        awaitRows(key, 1);
        send(order(key));
        // OpenMQ hands a queue's messages to the consumer in the order sent, so once the order sent after the copy is
        // in, the copy has been taken too; were it still in flight, this test would pass without proving anything,
        // but it could not fail wrongly
        String later = "it-" + UUID.randomUUID();
        send(order(later));
        awaitRows(later, 1);

        assertEquals(1, rows(key));
        assertEquals(0, deadLettersFor(key), "a copy is not an error");
    }

    @Test
    void aBodyThatIsNotJsonIsParkedAtOnceWithTheReason() throws Exception {
        TextMessage sent = send("order 17, twelve cases of BJ-500");

        Message parked = awaitDeadLetter(sent);
        assertTrue(parked.getStringProperty("tandemReason").startsWith("The message body is not valid JSON"),
                parked.getStringProperty("tandemReason"));
        assertEquals("TandemInboundOrders", parked.getStringProperty("tandemOriginalDestination"));
        assertNotNull(OffsetDateTime.parse(parked.getStringProperty("tandemFailedAt")));
        assertEquals(1, parked.getIntProperty("tandemDeliveries"), "never retried");
        assertEquals("order 17, twelve cases of BJ-500", ((TextMessage) parked).getText());
    }

    @Test
    void anOrderWithoutIdempotencyKeyIsParkedAndNotRecorded() throws Exception {
        TextMessage sent = send("{\"lines\":[{\"sku\":\"BJ-500\",\"quantity\":12}]}");

        Message parked = awaitDeadLetter(sent);
        assertTrue(parked.getStringProperty("tandemReason").startsWith("The field idempotencyKey is missing"),
                parked.getStringProperty("tandemReason"));
    }

    @Test
    void aBytesMessageIsParkedWithItsBytesAsText() throws Exception {
        String key = "it-" + UUID.randomUUID();
        BytesMessage bytes = jms.createBytesMessage();
        bytes.writeBytes(order(key).getBytes(StandardCharsets.UTF_8));
        jms.createProducer().send(inboundOrders, bytes);

        Message parked = awaitDeadLetter(bytes);
        assertEquals("The message is a BytesMessage; Tandem reads only a TextMessage whose body is a JSON object.",
                parked.getStringProperty("tandemReason"));
        assertEquals(order(key), ((TextMessage) parked).getText());
        assertEquals(0, rows(key));
    }

    @Test
    void anOrderThatFailsOnEveryDeliveryIsParkedAfterTheLastOne() throws Exception {
        String key = REFUSED + UUID.randomUUID();
        TextMessage sent = send(order(key));

        Message parked = awaitDeadLetter(sent);
        String reason = parked.getStringProperty("tandemReason");
        assertTrue(reason.startsWith("Delivered " + MAX_DELIVERIES + " times and failed every time"), reason);
        assertTrue(reason.contains("the test refuses key " + key), reason);
        assertEquals(MAX_DELIVERIES, parked.getIntProperty("tandemDeliveries"));
        assertEquals(order(key), ((TextMessage) parked).getText());
        assertEquals(0, rows(key));
    }

    static String order(String key) {
        return "{\"idempotencyKey\":\"" + key + "\",\"customer\":\"C-0001\",\"lines\":[{\"sku\":\"BJ-500\",\"quantity\":12}]}";
    }

    static TextMessage send(String body) {
        TextMessage message = jms.createTextMessage(body);
        jms.createProducer().send(inboundOrders, message);
        return message;
    }

    /** The dead letter for {@code sent}, taken off the queue; fails when none comes in time. */
    static Message awaitDeadLetter(Message sent) throws JMSException {
        String selector = "tandemOriginalMessageId = '" + sent.getJMSMessageID() + "'";
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, selector)) {
            Message parked = consumer.receive(PATIENCE_MILLIS);
            assertNotNull(parked, () -> "no dead letter for " + selector);
            return parked;
        }
    }

    static int deadLettersFor(String key) throws JMSException {
        int count = 0;
        var browsed = jms.createBrowser(deadLetters).getEnumeration();
        while (browsed.hasMoreElements()) {
            if (browsed.nextElement() instanceof TextMessage text && text.getText() != null && text.getText().contains(key)) {
                count++;
            }
        }
        return count;
    }

    static void awaitRows(String key, int expected) throws SQLException, InterruptedException {
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (rows(key) != expected && System.currentTimeMillis() < giveUp) {
            Thread.sleep(200);
        }
        assertEquals(expected, rows(key), () -> "inbox rows for " + key);
    }

    static int rows(String key) throws SQLException {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("select count(*) from inbound_message where idempotency_key = ?")) {
            query.setString(1, key);
            ResultSet count = query.executeQuery();
            count.next();
            return count.getInt(1);
        }
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("tandem.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/tandem_it"),
                System.getProperty("tandem.it.jdbcUser", "postgres"), System.getProperty("tandem.it.jdbcPassword", ""));
    }

    /**
     * OpenMQ's connection factory for the broker at HOST:PORT. Its client jar (imq.jar) is published on Maven Central
     * only inside org.glassfish.mq:mq-distribution's zip, so it is on the class path at run time only, and the
     * factory is made by name; everything else is plain Jakarta Messaging.
     */
    static ConnectionFactory openMq() throws ReflectiveOperationException {
        Object factory = Class.forName("com.sun.messaging.ConnectionFactory").getConstructor().newInstance();
        factory.getClass().getMethod("setProperty", String.class, String.class)
                .invoke(factory, "imqAddressList", "mq://" + HOST + ":" + PORT);
        return (ConnectionFactory) factory;
    }
}
