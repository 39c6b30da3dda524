package org.tandem.organization.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final OffsetDateTime NINE_AM = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static UserAccount rep() {
        return new UserAccount("wang.fang", "Wang Fang", "hash-1", Set.of(Role.SALES_REP), NINE_AM.minusDays(30));
    }

    private static void failTimes(UserAccount user, int times, OffsetDateTime at) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(at, MAX_FAILURES, LOCK);
        }
    }

    @Test
    void fiveFailedLoginsInARowLockTheAccountForFifteenMinutes() {
        UserAccount user = rep();
        failTimes(user, 4, NINE_AM);
        assertFalse(user.isLockedAt(NINE_AM), "four failures are not yet a lock");

        user.recordFailedLogin(NINE_AM, MAX_FAILURES, LOCK);

        assertEquals(NINE_AM.plusMinutes(15), user.getLockedUntil());
        assertTrue(user.isLockedAt(NINE_AM.plusMinutes(14)));
        assertFalse(user.canLogInAt(NINE_AM.plusMinutes(14)));
        assertFalse(user.isLockedAt(NINE_AM.plusMinutes(15)), "the lock ends at its end");
        assertTrue(user.canLogInAt(NINE_AM.plusMinutes(15)));
    }

    @Test
    void aFailureAfterALockHasRunOutStartsCountingAfresh() {
        UserAccount user = rep();
        failTimes(user, MAX_FAILURES, NINE_AM);

        user.recordFailedLogin(NINE_AM.plusMinutes(20), MAX_FAILURES, LOCK);

        assertEquals(1, user.getFailedLogins());
        assertNull(user.getLockedUntil());
        assertFalse(user.isLockedAt(NINE_AM.plusMinutes(20)));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        UserAccount user = rep();
        failTimes(user, 4, NINE_AM);

        user.recordSuccessfulLogin(NINE_AM.plusMinutes(1));
        failTimes(user, 4, NINE_AM.plusMinutes(2));

        assertEquals(4, user.getFailedLogins());
        assertFalse(user.isLockedAt(NINE_AM.plusMinutes(2)), "only failures in a row count");
        assertEquals(NINE_AM.plusMinutes(1), user.getLastLoginAt());
    }

    @Test
    void aNewPasswordLiftsALock() {
        UserAccount user = rep();
        failTimes(user, MAX_FAILURES, NINE_AM);

        user.changePassword("hash-2");

        assertFalse(user.isLockedAt(NINE_AM.plusMinutes(1)));
        assertEquals(0, user.getFailedLogins());
        assertEquals("hash-2", user.getPasswordHash());
    }

    @Test
    void aDisabledUserCannotLogInEvenWithoutALock() {
        UserAccount user = rep();
        user.disable();
        assertFalse(user.canLogInAt(NINE_AM));
        user.enable();
        assertTrue(user.canLogInAt(NINE_AM));
    }

    @Test
    void aUserHasAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("li.na", "Li Na", "hash", Set.of(), NINE_AM));
        UserAccount user = rep();
        assertThrows(IllegalArgumentException.class, () -> user.assignRoles(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> user.assignRoles(null));
        assertEquals(Set.of(Role.SALES_REP), user.getRoles(), "a refused change leaves the roles as they were");
    }

    @Test
    void userNamesAreKeptInLowerCaseWithoutSurroundingSpaces() {
        UserAccount user = new UserAccount("  Wang.Fang ", "Wang Fang", "hash", Set.of(Role.SALES_REP), NINE_AM);
        assertEquals("wang.fang", user.getUsername());
        assertEquals(rep(), user, "the same user name is the same user");
    }

    @Test
    void aBlankEmailIsNoEmail() {
        UserAccount user = rep();
        user.rename(" Wang Fang (East) ", "  ");
        assertNull(user.getEmail());
        assertEquals("Wang Fang (East)", user.getDisplayName());
    }
}
