package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs order-to-cash steps in the probe ({@code /it-probe/steps/<step>}) as one demo user: each step is one
 * session bean call, one transaction, made under that user's name and roles.
 */
final class ProbeSteps {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String username;
    private final String authorization;

    private ProbeSteps(String username) {
        this.username = username;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + TandemClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static ProbeSteps as(DemoUsers user) {
        return new ProbeSteps(user.username);
    }

    static JsonObjectBuilder body() {
        return Json.createObjectBuilder();
    }

    /** The probe's whole answer: {"outcome": …, …}. */
    JsonObject run(String step, JsonObjectBuilder body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TandemClient.BASE + "/it-probe/steps/" + step))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), () -> step + " as " + username + ": " + response.body());
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new AssertionError("the probe did not answer " + step, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs a step that must succeed; answers the document it returned. */
    JsonObject done(String step, JsonObjectBuilder body) {
        JsonObject answer = run(step, body);
        assertEquals("done", answer.getString("outcome"), () -> step + " as " + username + ": " + answer);
        return answer.getJsonObject("result");
    }

    JsonArray doneList(String step, JsonObjectBuilder body) {
        JsonObject answer = run(step, body);
        assertEquals("done", answer.getString("outcome"), () -> step + " as " + username + ": " + answer);
        return answer.getJsonArray("result");
    }

    /** Runs a step that a business rule must refuse; answers the message key. */
    String violation(String step, JsonObjectBuilder body) {
        JsonObject answer = run(step, body);
        assertEquals("violation", answer.getString("outcome"), () -> step + " as " + username + ": " + answer);
        return answer.getString("key");
    }

    /** Runs a step the user's roles must not reach. */
    void refused(String step, JsonObjectBuilder body) {
        JsonObject answer = run(step, body);
        assertEquals("refused", answer.getString("outcome"), () -> step + " as " + username + ": " + answer);
    }
}
