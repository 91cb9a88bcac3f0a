package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

import vn.loa.scheduler.domain.access.Role;
class SessionsIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T00:00:00Z"));

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    private static JsonObject credentials(String username, String password) {
        return new JsonObject().put("username", username).put("password", password);
    }

    @Test
    void signInSetsAStrictHttpOnlyCookieAndSignOutEndsTheSession() {
        TestUsers.create(scheduler.store(), "kehoach", Role.PLANNER, null);
        Api.Reply reply = expect(scheduler.api().post("/api/v1/session", credentials("kehoach", TestUsers.PASSWORD)), 200);
        String setCookie = reply.header("Set-Cookie");
        assertTrue(setCookie.toLowerCase().contains("httponly") && setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP on localhost: no Secure flag");
        assertFalse(reply.text().contains(TestUsers.PASSWORD));

        Api planner = scheduler.api().signIn("kehoach", TestUsers.PASSWORD);
        assertEquals("planner", expect(planner.get("/api/v1/session"), 200).json().getJsonObject("user").getString("role"));
        expect(planner.delete("/api/v1/session"), 204);
        assertError(planner.get("/api/v1/session"), 401, "unauthenticated");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        TestUsers.create(scheduler.store(), "kehoach", Role.PLANNER, null);
        JsonObject wrong = assertError(scheduler.api().post("/api/v1/session", credentials("kehoach", "sai")), 401, "login_failed");
        JsonObject unknown = assertError(scheduler.api().post("/api/v1/session", credentials("ai-do", "sai")), 401, "login_failed");
        assertEquals(wrong, unknown);
    }

    @Test
    void tenWrongPasswordsLockTheAccountThenTheRightOneWorksAfterTheLock() {
        TestUsers.create(scheduler.store(), "kehoach", Role.PLANNER, null);
        int locked = 0;
        for (int i = 0; i < 10; i++) {
            int status = scheduler.api().post("/api/v1/session", credentials("kehoach", "đoán-" + i)).status();
            locked += status == 429 ? 1 : 0;
        }
        assertTrue(locked >= 5, "attempts after the fifth failure are refused without checking: " + locked);

        JsonObject refused = assertError(scheduler.api().post("/api/v1/session", credentials("kehoach", TestUsers.PASSWORD)),
                429, "login_locked");
        assertTrue(refused.getJsonObject("details").getLong("retry_after_seconds") > 0);
        assertTrue(refused.getString("message").contains("thử lại sau"), refused.getString("message"));

        clock.advance(Duration.ofMinutes(16));
        expect(scheduler.api().post("/api/v1/session", credentials("kehoach", TestUsers.PASSWORD)), 200);
        assertEquals(401, scheduler.api().post("/api/v1/session", credentials("kehoach", "sai")).status(),
                "a success clears the count, so one new mistake does not lock again");
    }

    @Test
    void stateChangingRequestWithoutOrWithAForgedCsrfTokenChangesNothing() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        JsonObject body = Fixtures.station("CB-01273", Fixtures.COMMUNE);
        assertError(admin.withCsrf(null).post("/api/v1/stations", body), 403, "csrf_failed");
        assertError(admin.withCsrf("gia-mao-0123456789").post("/api/v1/stations", body), 403, "csrf_failed");
        assertError(admin.withCsrf(null).delete("/api/v1/org-units/01279"), 403, "csrf_failed");
        assertEquals(0, expect(admin.get("/api/v1/stations"), 200).items().size());
        expect(admin.get("/api/v1/org-units/01279"), 200);
        expect(admin.post("/api/v1/stations", body), 201);
    }

    @Test
    void idleAndAbsoluteTimeoutsEndTheSession() {
        TestUsers.create(scheduler.store(), "giamsat", Role.SUPERVISOR, null);
        Api idle = scheduler.api().signIn("giamsat", TestUsers.PASSWORD);
        clock.advance(Duration.ofMinutes(31));
        assertError(idle.get("/api/v1/session"), 401, "unauthenticated");

        Api busy = scheduler.api().signIn("giamsat", TestUsers.PASSWORD);
        for (int hour = 0; hour < 12; hour++) {
            clock.advance(Duration.ofMinutes(20));
            expect(busy.get("/api/v1/session"), 200);
            clock.advance(Duration.ofMinutes(20));
            expect(busy.get("/api/v1/session"), 200);
            clock.advance(Duration.ofMinutes(20));
            if (hour < 11) {
                expect(busy.get("/api/v1/session"), 200);
            }
        }
        clock.advance(Duration.ofMinutes(1));
        assertError(busy.get("/api/v1/session"), 401, "unauthenticated");
    }

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() {
        Api admin = scheduler.admin();
        JsonObject created = expect(admin.post("/api/v1/users", new JsonObject().put("username", "giamsat.caobang")
                .put("display_name", "Phòng Văn hoá Cao Bằng").put("role", "supervisor").put("scope_code", null)), 201).json();
        String oneTime = created.getString("one_time_password");
        assertNotNull(oneTime);

        Api fresh = scheduler.api().signIn("giamsat.caobang", oneTime);
        assertError(fresh.get("/api/v1/stations"), 403, "password_change_required");
        assertError(fresh.put("/api/v1/session/password", new JsonObject().put("current_password", oneTime)
                .put("new_password", "ngắn")), 400, "invalid_input");
        expect(fresh.put("/api/v1/session/password", new JsonObject().put("current_password", oneTime)
                .put("new_password", "Loa phường Hợp Giang phát lúc sáu giờ")), 204);
        expect(fresh.get("/api/v1/stations"), 200);
        assertEquals(401, scheduler.api().post("/api/v1/session", credentials("giamsat.caobang", oneTime)).status());
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashes() throws SQLException {
        Api admin = scheduler.admin();
        String oneTime = expect(admin.post("/api/v1/users", new JsonObject().put("username", "vanthu")
                .put("display_name", "Văn thư").put("role", "operator").put("scope_code", null)), 201).json()
                .getString("one_time_password");
        try (Connection c = TestScheduler.connectDirectly(scheduler.dataDir());
             ResultSet rows = c.createStatement().executeQuery("SELECT username, password_hash FROM app_user")) {
            int seen = 0;
            while (rows.next()) {
                String hash = rows.getString("password_hash");
                assertTrue(hash.startsWith("$argon2id$v=19$m="), hash);
                assertFalse(hash.contains(oneTime) || hash.contains(TestUsers.PASSWORD));
                seen++;
            }
            assertEquals(2, seen);
        }
        try (Connection c = TestScheduler.connectDirectly(scheduler.dataDir());
             ResultSet rows = c.createStatement().executeQuery("SELECT id_hash FROM user_session")) {
            while (rows.next()) {
                assertEquals(64, rows.getString(1).length(), "sessions are kept as SHA-256 hashes");
            }
        }
    }
}
