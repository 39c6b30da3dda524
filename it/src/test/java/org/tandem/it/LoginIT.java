package org.tandem.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginIT {

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void everyRoleLogsInAndLandsOnItsOwnDesk(DemoUsers user) {
        TandemClient browser = new TandemClient();
        HttpResponse<String> page = browser.logIn(user.username, TandemClient.DEMO_PASSWORD);
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().startsWith(user.home), () -> user.username + " landed on " + page.uri());
        assertTrue(page.body().contains("id=\"currentUser\""), "the top bar shows who is logged in");
    }

    @Test
    void loggingInGivesANewSessionId() {
        TandemClient browser = new TandemClient();
        browser.get("/login.xhtml");
        String before = browser.sessionId();
        assertNotNull(before, "the login page starts a session for its form");
        browser.logIn("finance", TandemClient.DEMO_PASSWORD);
        assertNotEquals(before, browser.sessionId());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        TandemClient browser = new TandemClient();
        HttpResponse<String> page = browser.logIn("marketing", "not-the-password");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"));
        assertTrue(page.body().contains("用户名或密码错误") || page.body().contains("user name or the password is wrong"),
                page::body);
        assertEquals(302, browser.get("/marketing/index.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        TandemClient browser = new TandemClient();
        for (int i = 0; i < 5; i++) {
            browser.logIn("rep20", "wrong-" + i);
        }
        HttpResponse<String> page = browser.logIn("rep20", TandemClient.DEMO_PASSWORD);
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), "the right password does not open a locked account");
        assertTrue(page.body().contains("已锁定") || page.body().contains("locked"), page::body);
    }

    @Test
    void afterLogoutTheDeskNeedsALoginAgain() {
        TandemClient browser = new TandemClient();
        HttpResponse<String> desk = browser.logIn("gm", TandemClient.DEMO_PASSWORD);
        assertEquals(200, desk.statusCode());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("topbar", "topbar");
        fields.put("topbar:logout", "");
        fields.put("jakarta.faces.ViewState", TandemClient.viewState(desk.body()));
        HttpResponse<String> out = browser.post(desk.uri().getPath(), fields);
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
        HttpResponse<String> again = browser.get("/management/index.xhtml");
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }
}
