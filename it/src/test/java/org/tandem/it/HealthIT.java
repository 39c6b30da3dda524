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
}
