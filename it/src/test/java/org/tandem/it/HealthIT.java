package org.tandem.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthIT {

    @Test
    void readinessReportsTheDatabaseUp() {
        HttpResponse<String> response = new TandemClient().get("/health/ready");
        assertEquals(200, response.statusCode(), response::body);
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("PostgreSQL"), body);
    }

    @Test
    void metricsAreNotForAnonymousVisitors() {
        HttpResponse<String> response = new TandemClient().get("/metrics");
        assertNotEquals(200, response.statusCode());
        assertTrue(response.statusCode() == 401 || response.statusCode() == 403
                || response.headers().firstValue("Location").orElse("").startsWith("https:"), () -> "status " + response.statusCode());
    }

    @Test
    void theAdminPortWantsThePassword() throws Exception {
        int adminPort = Integer.parseInt(System.getProperty("tandem.it.adminPort", "28048"));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + adminPort + "/management/domain.json"))
                        .header("X-Requested-By", "tandem-it").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode(), response::body);
    }
}
