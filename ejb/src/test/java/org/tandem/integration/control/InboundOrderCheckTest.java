package org.tandem.integration.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.integration.control.InboundOrderCheck.Accepted;
import org.tandem.integration.control.InboundOrderCheck.Rejected;
import org.tandem.integration.control.InboundOrderCheck.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboundOrderCheckTest {

    @Test
    void anOrderWithAKeyAndLinesIsAccepted() {
        Verdict verdict = InboundOrderCheck.examine("{\"idempotencyKey\":\"ERP-2024-000017\",\"lines\":[{\"sku\":\"BJ-500\",\"quantity\":12}]}");
        assertEquals(new Accepted("ERP-2024-000017"), verdict);
    }

    @Test
    void linesMayBeAnObjectAndUnknownFieldsAreKept() {
        Verdict verdict = InboundOrderCheck.examine("{\"idempotencyKey\":\"k1\",\"lines\":{},\"customer\":\"C-1\"}");
        assertEquals(new Accepted("k1"), verdict);
    }

    @Test
    void aKeyOfExactlyOneHundredCharactersFitsTheColumn() {
        String key = "k".repeat(100);
        assertEquals(new Accepted(key), InboundOrderCheck.examine("{\"idempotencyKey\":\"" + key + "\",\"lines\":[]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty body           |                                              | The message body is empty",
            "blank body           | '   '                                        | The message body is empty",
            "not JSON             | order 17                                     | The message body is not valid JSON: ",
            "cut-off JSON         | '{\"idempotencyKey\":\"k1\",\"lines\":['     | The message body is not valid JSON: ",
            "array                | '[1,2]'                                      | The message body is a JSON array, not a JSON object.",
            "string               | '\"order\"'                                  | The message body is a JSON string, not a JSON object.",
            "no key               | '{\"lines\":[]}'                             | The field idempotencyKey is missing",
            "numeric key          | '{\"idempotencyKey\":17,\"lines\":[]}'       | The field idempotencyKey must be a string, not a number.",
            "boolean key          | '{\"idempotencyKey\":true,\"lines\":[]}'     | The field idempotencyKey must be a string, not a boolean.",
            "null key             | '{\"idempotencyKey\":null,\"lines\":[]}'     | The field idempotencyKey must be a string, not a null.",
            "blank key            | '{\"idempotencyKey\":\"  \",\"lines\":[]}'   | The field idempotencyKey is blank.",
            "no lines             | '{\"idempotencyKey\":\"k1\"}'                | The field lines is missing",
            "lines as text        | '{\"idempotencyKey\":\"k1\",\"lines\":\"2 cases\"}' | The field lines must be a JSON array or object, not a string.",
    })
    void aMessageThatCanNeverBeRecordedIsRejectedWithTheReason(String what, String body, String reasonStart) {
        Verdict verdict = InboundOrderCheck.examine(body);
        Rejected rejected = assertInstanceOf(Rejected.class, verdict, what);
        assertTrue(rejected.reason().startsWith(reasonStart), () -> what + ": " + rejected.reason());
    }

    @Test
    void aKeyTooLongForTheInboxIsRejectedBeforeTheDatabaseSeesIt() {
        Verdict verdict = InboundOrderCheck.examine("{\"idempotencyKey\":\"" + "k".repeat(101) + "\",\"lines\":[]}");
        assertEquals(new Rejected("The field idempotencyKey has 101 characters; at most 100 are allowed."), verdict);
    }

    @Test
    void theReasonForANonTextMessageNamesItsKind() {
        assertEquals("The message is a BytesMessage; Tandem reads only a TextMessage whose body is a JSON object.",
                InboundOrderCheck.notText("BytesMessage").reason());
    }
}
