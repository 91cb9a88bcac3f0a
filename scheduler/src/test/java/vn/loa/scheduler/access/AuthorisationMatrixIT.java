package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Every operation of the OpenAPI document × every kind of caller × an object inside and outside the
 * caller's scope. Callers: nobody, and an admin, planner, supervisor of district 040 (Thành phố Cao
 * Bằng), an operator of commune 01273 in it, and the agent of station A in 01273. "Outside" is
 * district 042 (Huyện Bảo Lâm) and its station B. An expectation "200/403" means 200 inside, 403
 * outside; imports name out-of-scope rows as bad rows (400) rather than refusing the whole call.
 */
class AuthorisationMatrixIT {

    private static final String IN_DISTRICT = "040";
    private static final String IN_COMMUNE = "01273";
    private static final String OUT_DISTRICT = "042";
    private static final String OUT_COMMUNE = "01290";
    private static final List<String> CALLERS = List.of("anonymous", "admin", "planner", "operator", "supervisor", "station");

    @RegisterExtension
    // pinned inside the 2026 campaigns the rows create: a campaign over before today is refused
    final TestScheduler scheduler = TestScheduler.withClock(new MutableClock(Instant.parse("2026-11-23T02:00:00Z")));

    /** One request to make. */
    private record Call(String method, String path, String contentType, byte[] body) {
        Call(String method, String path, String contentType, String body) {
            this(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        static Call get(String path) {
            return new Call("GET", path, null, (byte[]) null);
        }

        static Call json(String method, String path, JsonObject body) {
            return new Call(method, path, body == null ? null : "application/json", body == null ? null : body.encode());
        }

        static Call upload(String unitCode) {
            String boundary = "matrix-boundary";
            return new Call("POST", "/api/v1/programs", "multipart/form-data; boundary=" + boundary, Api.multipart(boundary,
                    Map.of("title", "Bản tin thử", "producing_unit_code", unitCode), "ban-tin.mp3",
                    "không phải âm thanh".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A row of the matrix: how to build the call for a caller inside/outside scope, and what each caller gets. */
    private record Row(String operationId, BiFunction<Ctx, Boolean, Call> call, Map<String, String> expected) {
    }

    /** The world the rows act on, made once by a system-wide admin. */
    private final class Ctx {
        final Api root = scheduler.admin();
        final Map<String, Api> callers = new LinkedHashMap<>();
        final AtomicInteger serial = new AtomicInteger();
        long stationA;
        long stationB;
        long userIn;
        long userOut;
        JsonObject programIn;
        JsonObject programOut;
        long provinceSource;
        final AtomicInteger relayMinute = new AtomicInteger();

        Ctx() {
            post("/api/v1/org-units", Fixtures.unit("04", "Tỉnh Cao Bằng", "Tỉnh", "province", null));
            post("/api/v1/org-units", Fixtures.unit(IN_DISTRICT, "Thành phố Cao Bằng", "Thành phố", "district", "04"));
            post("/api/v1/org-units", Fixtures.unit(OUT_DISTRICT, "Huyện Bảo Lâm", "Huyện", "district", "04"));
            post("/api/v1/org-units", Fixtures.unit(IN_COMMUNE, "Phường Hợp Giang", "Phường", "commune", IN_DISTRICT));
            post("/api/v1/org-units", Fixtures.unit("01279", "Phường Ngọc Xuân", "Phường", "commune", IN_DISTRICT));
            post("/api/v1/org-units", Fixtures.unit(OUT_COMMUNE, "Thị trấn Pác Miầu", "Thị trấn", "commune", OUT_DISTRICT));
            stationA = station(true);
            stationB = station(false);
            userIn = user(true);
            userOut = user(false);
            programIn = Programs.approved(root, IN_DISTRICT, "Chương trình huyện", 1);
            programOut = Programs.approved(root, OUT_DISTRICT, "Chương trình huyện khác", 2);
            callers.put("anonymous", scheduler.api());
            callers.put("admin", scheduler.as("admin.040", Role.ADMIN, IN_DISTRICT));
            callers.put("planner", scheduler.as("planner.040", Role.PLANNER, IN_DISTRICT));
            callers.put("operator", scheduler.as("operator.01273", Role.OPERATOR, IN_COMMUNE));
            callers.put("supervisor", scheduler.as("supervisor.040", Role.SUPERVISOR, IN_DISTRICT));
            callers.put("station", scheduler.api().withToken(enrol(stationA)));
        }

        JsonObject post(String path, JsonObject body) {
            return Fixtures.expect(root.post(path, body), 201).json();
        }

        String commune(boolean in) {
            return in ? IN_COMMUNE : OUT_COMMUNE;
        }

        String district(boolean in) {
            return in ? IN_DISTRICT : OUT_DISTRICT;
        }

        int next() {
            return serial.incrementAndGet();
        }

        long station(boolean in) {
            return post("/api/v1/stations", Fixtures.station("ST-" + next(), commune(in))).getLong("id");
        }

        JsonObject editBody(boolean in) {
            return new JsonObject().put("station_id", in ? stationA : stationB).put("day", "2026-12-01").put("kind", "add")
                    .put("program_id", program(in)).put("at", "12:00").put("reason", "Thêm buổi trưa");
        }

        /** A hand edit the root admin made. */
        long edit(boolean in) {
            return Fixtures.expect(root.post("/api/v1/schedule-edits", editBody(in)), 201).json().getJsonArray("items")
                    .getJsonObject(0).getLong("id");
        }

        JsonObject relaySourceBody(boolean in) {
            return new JsonObject().put("owner_code", district(in)).put("name", "Tiếp âm VOV1").put("url",
                    "http://127.0.0.1:9/vov1.mp3").put("check_stream", false);
        }

        /** A relay source of the province, which every district's planners may relay. */
        long relaySource() {
            if (provinceSource == 0) {
                provinceSource = post("/api/v1/relay-sources", relaySourceBody(true).put("owner_code", "04")).getLong("id");
            }
            return provinceSource;
        }

        /** A one-minute relay in the station's morning window, at a minute no other call used (slots must not overlap). */
        JsonObject relaySlotBody(boolean in) {
            int minute = relayMinute.getAndIncrement();
            return new JsonObject().put("source_id", relaySource()).put("station_id", in ? stationA : stationB)
                    .put("weekdays", new JsonArray().add("MON")).put("start", String.format("06:%02d", minute))
                    .put("duration_minutes", 1).put("first_day", "2026-12-01");
        }

        JsonObject dayOffBody(boolean in) {
            return new JsonObject().put("kind", "holiday").put("scope_code", district(in)).put("first_day", "2026-12-01")
                    .put("last_day", "2026-12-01").put("reason", "Ngày lễ");
        }

        JsonObject slotBody(boolean in) {
            return new JsonObject().put("name", "Bản tin trưa").put("program_id", program(in)).put("station_id", in ? stationA : stationB)
                    .put("start", "11:30").put("first_day", "2026-12-01");
        }

        /** A campaign the root admin made public on the portal. */
        long publicCampaign(boolean in) {
            long id = campaign(in);
            Fixtures.expect(root.put("/api/v1/campaigns/" + id + "/public", new JsonObject().put("public", true)), 200);
            return id;
        }

        /** A program the root admin made public on the portal. */
        long publicProgram(boolean in) {
            Fixtures.expect(root.put("/api/v1/programs/" + program(in) + "/public", new JsonObject().put("public", true)), 200);
            return program(in);
        }

        /** A planning group of the province, made by the root admin (the callers' scope is a district). */
        String group() {
            String code = "NHOM-" + next();
            post("/api/v1/planning-groups", groupBody(code));
            return code;
        }

        JsonObject groupBody(String code) {
            JsonObject body = new JsonObject().put("name", "Các xã vùng cao").put("province_code", "04")
                    .put("member_codes", new JsonArray().add(IN_COMMUNE));
            return code == null ? body : body.put("code", code);
        }

        /** A second site of the station, added by the root admin. */
        long site(long station) {
            return post("/api/v1/stations/" + station + "/sites", new JsonObject().put("code", "DP-" + next())
                    .put("name", "Điểm phát cũ xã Hợp Giang")).getLong("id");
        }

        long user(boolean in) {
            return post("/api/v1/users", new JsonObject().put("username", "user" + next()).put("display_name", "Cán bộ thử")
                    .put("role", "planner").put("scope_code", commune(in))).getLong("id");
        }

        String enrol(long stationId) {
            String code = post("/api/v1/stations/" + stationId + "/enrolment-codes", new JsonObject()).getString("code");
            return Fixtures.expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)), 200)
                    .json().getString("token");
        }

        long program(boolean in) {
            return (in ? programIn : programOut).getLong("id");
        }

        String hash(boolean in) {
            return (in ? programIn : programOut).getJsonObject("rendition").getString("sha256");
        }

        long campaign(boolean in) {
            JsonObject body = new JsonObject().put("name", "Kế hoạch " + next()).put("owner_unit_code", district(in))
                    .put("period_start", "2026-01-01").put("period_end", "2026-12-31")
                    .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                    .put("target_units", new JsonArray().add(district(in)))
                    .put("program_ids", new JsonArray().add(program(in)));
            return post("/api/v1/campaigns", body).getLong("id");
        }

        /** A notice an hour ahead (on the server's clock), so it has airings left to cancel. */
        long notice(boolean in) {
            String serverTime = Fixtures.expect(root.get("/health"), 200).json().getString("time");
            return post("/api/v1/notices", new JsonObject().put("title", "Bão số " + next()).put("program_id", program(in))
                    .put("issued_by_unit_code", district(in)).put("override_windows", true)
                    .put("air_at", Instant.parse(serverTime).plusSeconds(3600).toString())
                    .put("target_units", new JsonArray().add(district(in)))).getLong("id");
        }

        long readyProgram(boolean in) {
            return Programs.ready(root, district(in), "Chương trình mới", 100 + next()).getLong("id");
        }

        String newCommuneCode(boolean in) {
            return (in ? "8" : "9") + String.format("%04d", next());
        }
    }

    private static Map<String, String> expect(String spec) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String part : spec.trim().split("\\s+")) {
            String[] kv = part.split("=");
            expected.put(kv[0], kv[1]);
        }
        if (!expected.keySet().equals(Set.copyOf(CALLERS))) {
            throw new IllegalArgumentException("every caller needs an expectation: " + spec);
        }
        return expected;
    }

    private static final String USERS_ONLY_READ = "anonymous=401 admin=200 planner=200 operator=200 supervisor=200 station=403";
    private static final String PLANNERS_SCOPED =
            "anonymous=401 admin=%s/403 planner=%s/403 operator=403 supervisor=403 station=403";
    private static final String ADMIN_ONLY_SCOPED = "anonymous=401 admin=%s/403 planner=403 operator=403 supervisor=403 station=403";

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("health", (c, in) -> Call.get("/health"),
                expect("anonymous=200 admin=200 planner=200 operator=200 supervisor=200 station=200")));
        rows.add(new Row("login", (c, in) -> Call.json("POST", "/api/v1/session",
                new JsonObject().put("username", "planner.040").put("password", TestUsers.PASSWORD)),
                expect("anonymous=200 admin=200 planner=200 operator=200 supervisor=200 station=200")));
        rows.add(new Row("getSession", (c, in) -> Call.get("/api/v1/session"), expect(USERS_ONLY_READ)));
        rows.add(new Row("logout", (c, in) -> Call.json("DELETE", "/api/v1/session", null),
                expect("anonymous=401 admin=204 planner=204 operator=204 supervisor=204 station=403")));
        rows.add(new Row("changePassword", (c, in) -> Call.json("PUT", "/api/v1/session/password",
                new JsonObject().put("current_password", "sai-mật-khẩu").put("new_password", "một câu dài dễ nhớ")),
                expect("anonymous=401 admin=400 planner=400 operator=400 supervisor=400 station=403")));
        rows.add(new Row("setLanguage", (c, in) -> Call.json("PUT", "/api/v1/session/language",
                new JsonObject().put("language", "en")),
                expect("anonymous=401 admin=204 planner=204 operator=204 supervisor=204 station=403")));

        rows.add(new Row("listOrgUnits", (c, in) -> Call.get("/api/v1/org-units"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getOrgUnit", (c, in) -> Call.get("/api/v1/org-units/" + c.commune(in)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("createOrgUnit", (c, in) -> Call.json("POST", "/api/v1/org-units",
                Fixtures.unit(c.newCommuneCode(in), "Xã Mới", "Xã", "commune", c.district(in))),
                expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("updateOrgUnit", (c, in) -> Call.json("PUT", "/api/v1/org-units/" + c.commune(in),
                new JsonObject().put("name", in ? "Phường Hợp Giang" : "Thị trấn Pác Miầu")),
                expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("deleteOrgUnit", (c, in) -> {
            String code = c.newCommuneCode(in);
            c.post("/api/v1/org-units", Fixtures.unit(code, "Xã Sẽ Xoá", "Xã", "commune", c.district(in)));
            return Call.json("DELETE", "/api/v1/org-units/" + code, null);
        }, expect(ADMIN_ONLY_SCOPED.formatted("204"))));
        rows.add(new Row("getProvinceSettings", (c, in) -> Call.get("/api/v1/org-units/" + c.commune(in) + "/settings"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        // a district's admin may not change what the whole province decides
        rows.add(new Row("setProvinceSettings", (c, in) -> Call.json("PUT", "/api/v1/org-units/" + c.commune(in) + "/settings",
                new JsonObject().put("quiet_hours", new JsonObject().put("not_before", "05:00").put("not_after", "22:00"))),
                expect("anonymous=401 admin=403 planner=403 operator=403 supervisor=403 station=403")));
        rows.add(new Row("importOrgUnits", (c, in) -> new Call("POST", "/api/v1/imports/org-units", "text/csv",
                "code,name,type,level,parent_code\n" + c.newCommuneCode(in) + ",Xã Nhập,Xã,commune," + c.district(in) + "\n"),
                expect("anonymous=401 admin=200/400 planner=403 operator=403 supervisor=403 station=403")));

        rows.add(new Row("listStations", (c, in) -> Call.get("/api/v1/stations"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getStation", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=200/403")));
        rows.add(new Row("createStation", (c, in) -> Call.json("POST", "/api/v1/stations",
                Fixtures.station("NEW-" + c.next(), c.commune(in))), expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("updateStation", (c, in) -> Call.json("PUT", "/api/v1/stations/" + (in ? c.stationA : c.stationB),
                Fixtures.station(in ? "ST-1" : "ST-2", c.commune(in))), expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("deleteStation", (c, in) -> Call.json("DELETE", "/api/v1/stations/" + c.station(in), null),
                expect(ADMIN_ONLY_SCOPED.formatted("204"))));
        rows.add(new Row("importStations", (c, in) -> new Call("POST", "/api/v1/imports/stations", "text/csv",
                "code,name,commune_code,languages,windows\nIMP-" + c.next() + ",Đài nhập," + c.commune(in)
                        + ",vi,T2-CN 06:00-06:30\n"),
                expect("anonymous=401 admin=200/400 planner=403 operator=403 supervisor=403 station=403")));

        rows.add(new Row("listUsers", (c, in) -> Call.get("/api/v1/users"),
                expect("anonymous=401 admin=200 planner=403 operator=403 supervisor=403 station=403")));
        rows.add(new Row("createUser", (c, in) -> Call.json("POST", "/api/v1/users", new JsonObject()
                .put("username", "moi" + c.next()).put("display_name", "Người mới").put("role", "operator")
                .put("scope_code", c.commune(in))), expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("getUser", (c, in) -> Call.get("/api/v1/users/" + (in ? c.userIn : c.userOut)),
                expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("updateUser", (c, in) -> Call.json("PUT", "/api/v1/users/" + (in ? c.userIn : c.userOut),
                new JsonObject().put("display_name", "Cán bộ đã đổi tên")), expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("resetUserPassword", (c, in) -> Call.json("POST", "/api/v1/users/" + c.user(in) + "/password-reset",
                null), expect(ADMIN_ONLY_SCOPED.formatted("200"))));

        String plannersOfTheProvince = "anonymous=401 admin=%s planner=%s operator=403 supervisor=403 station=403";
        rows.add(new Row("listPlanningGroups", (c, in) -> Call.get("/api/v1/planning-groups"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getPlanningGroup", (c, in) -> Call.get("/api/v1/planning-groups/" + c.group()),
                expect(USERS_ONLY_READ)));
        rows.add(new Row("createPlanningGroup", (c, in) -> Call.json("POST", "/api/v1/planning-groups", c.groupBody("NHOM-" + c.next())),
                expect(plannersOfTheProvince.formatted("403", "403"))));
        rows.add(new Row("updatePlanningGroup", (c, in) -> Call.json("PUT", "/api/v1/planning-groups/" + c.group(),
                c.groupBody(null)), expect(plannersOfTheProvince.formatted("403", "403"))));
        rows.add(new Row("deletePlanningGroup", (c, in) -> Call.json("DELETE", "/api/v1/planning-groups/" + c.group(), null),
                expect(plannersOfTheProvince.formatted("403", "403"))));
        rows.add(new Row("importPlanningGroups", (c, in) -> new Call("POST", "/api/v1/imports/planning-groups", "text/csv",
                "group_code,group_name,province_code,commune_code\nNHOM-" + c.next() + ",Nhóm nhập,04," + c.commune(in) + "\n"),
                expect(plannersOfTheProvince.formatted("400", "400"))));
        rows.add(new Row("listSites", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB) + "/sites"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("createSite", (c, in) -> Call.json("POST", "/api/v1/stations/" + c.station(in) + "/sites",
                new JsonObject().put("code", "DP-" + c.next()).put("name", "Điểm phát thôn Nà Pục")),
                expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("retireSite", (c, in) -> {
            long station = c.station(in);
            return Call.json("POST", "/api/v1/stations/" + station + "/sites/" + c.site(station) + "/retire", null);
        }, expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("updateSite", (c, in) -> {
            long station = c.station(in);
            String code = "DP-" + c.next();
            long site = c.post("/api/v1/stations/" + station + "/sites", new JsonObject().put("code", code)
                    .put("name", "Điểm phát thôn Nà Pục")).getLong("id");
            return Call.json("PUT", "/api/v1/stations/" + station + "/sites/" + site, new JsonObject().put("code", code)
                    .put("name", "Điểm phát thôn Nà Pục").put("latitude", 22.6657).put("longitude", 106.2578));
        }, expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("deleteSite", (c, in) -> {
            long station = c.station(in);
            return Call.json("DELETE", "/api/v1/stations/" + station + "/sites/" + c.site(station), null);
        }, expect(ADMIN_ONLY_SCOPED.formatted("204"))));
        rows.add(new Row("issueSiteEnrolmentCode", (c, in) -> {
            long station = c.station(in);
            return Call.json("POST", "/api/v1/stations/" + station + "/sites/" + c.site(station) + "/enrolment-codes", null);
        }, expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("issueEnrolmentCode", (c, in) -> Call.json("POST",
                "/api/v1/stations/" + c.station(in) + "/enrolment-codes", null), expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("listCredentials", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/credentials"), expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("revokeCredential", (c, in) -> {
            long station = c.station(in);
            long credential = c.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()).getLong("id");
            return Call.json("DELETE", "/api/v1/stations/" + station + "/credentials/" + credential, null);
        }, expect(ADMIN_ONLY_SCOPED.formatted("204"))));

        rows.add(new Row("enrolAgent", (c, in) -> {
            String code = c.post("/api/v1/stations/" + c.station(in) + "/enrolment-codes", new JsonObject()).getString("code");
            return Call.json("POST", "/api/v1/agent/enrol", new JsonObject().put("code", code));
        }, expect("anonymous=200 admin=200 planner=200 operator=200 supervisor=200 station=200")));
        rows.add(new Row("rotateAgentToken", (c, in) -> Call.json("POST", "/api/v1/agent/token", null),
                expect("anonymous=401 admin=403 planner=403 operator=403 supervisor=403 station=200")));
        rows.add(new Row("getStationSchedule", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/schedule"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=200/403")));
        rows.add(new Row("awaitScheduleChange", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/schedule/changes"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=200/403")));
        rows.add(new Row("postHeartbeat", (c, in) -> Call.json("POST", "/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/heartbeats", new JsonObject().put("agent_version", "0.1.0").put("clock_offset_ms", -420)),
                expect("anonymous=401 admin=403 planner=403 operator=403 supervisor=403 station=200/403")));
        rows.add(new Row("getServerTime", (c, in) -> Call.get("/api/v1/time"),
                expect("anonymous=401 admin=403 planner=403 operator=403 supervisor=403 station=200")));
        rows.add(new Row("postAsRunRecords", (c, in) -> Call.json("POST", "/api/v1/stations/"
                + (in ? c.stationA : c.stationB) + "/as-run", new JsonObject().put("records", new JsonArray()
                .add(new JsonObject().put("sequence", c.next()).put("outcome", "missed").put("reason", "mất điện")))),
                expect("anonymous=401 admin=403 planner=403 operator=403 supervisor=403 station=200/403")));

        rows.add(new Row("listPrograms", (c, in) -> Call.get("/api/v1/programs"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getProgram", (c, in) -> Call.get("/api/v1/programs/" + c.program(in)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("uploadProgram", (c, in) -> Call.upload(c.district(in)),
                expect("anonymous=401 admin=202/403 planner=202/403 operator=403 supervisor=403 station=403")));
        rows.add(new Row("updateProgram", (c, in) -> Call.json("PUT", "/api/v1/programs/" + c.program(in),
                new JsonObject().put("topic", "Giảm nghèo")), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("approveProgram", (c, in) -> Call.json("POST", "/api/v1/programs/" + c.readyProgram(in) + "/approve",
                null), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("retireProgram", (c, in) -> Call.json("POST", "/api/v1/programs/" + c.readyProgram(in) + "/retire",
                null), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("deleteProgram", (c, in) -> Call.json("DELETE", "/api/v1/programs/" + c.readyProgram(in), null),
                expect(PLANNERS_SCOPED.formatted("204", "204"))));
        rows.add(new Row("getMedia", (c, in) -> Call.get("/api/v1/media/" + c.hash(in)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=200/403")));
        rows.add(new Row("headMedia", (c, in) -> new Call("HEAD", "/api/v1/media/" + c.hash(in), null, (byte[]) null),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=200/403")));

        // the portal: what is public is public to everyone; the switches are the planners' of the unit
        String everyone = "anonymous=200 admin=200 planner=200 operator=200 supervisor=200 station=200";
        rows.add(new Row("getPublicUnitPage", (c, in) -> Call.get("/public/units/" + c.district(in)), expect(everyone)));
        rows.add(new Row("getPublicUnitFeed", (c, in) -> Call.get("/public/units/" + c.district(in) + "/feed.xml"),
                expect(everyone)));
        rows.add(new Row("getPublicCampaignPage", (c, in) -> Call.get("/public/campaigns/" + c.publicCampaign(in)),
                expect(everyone)));
        rows.add(new Row("getPublicCampaignFeed", (c, in) -> Call.get("/public/campaigns/" + c.publicCampaign(in) + "/feed.xml"),
                expect(everyone)));
        rows.add(new Row("getPublicCampaignEmbed", (c, in) -> Call.get("/public/campaigns/" + c.publicCampaign(in) + "/embed"),
                expect(everyone)));
        rows.add(new Row("getPublicAudio", (c, in) -> Call.get("/public/programs/" + c.publicProgram(in) + "/audio.mp3"),
                expect(everyone)));
        rows.add(new Row("headPublicAudio", (c, in) -> new Call("HEAD", "/public/programs/" + c.publicProgram(in) + "/audio.mp3",
                null, (byte[]) null), expect(everyone)));
        rows.add(new Row("getProgramPublic", (c, in) -> Call.get("/api/v1/programs/" + c.program(in) + "/public"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("setProgramPublic", (c, in) -> Call.json("PUT", "/api/v1/programs/" + c.program(in) + "/public",
                new JsonObject().put("public", true)), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("getCampaignPublic", (c, in) -> Call.get("/api/v1/campaigns/" + c.campaign(in) + "/public"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("setCampaignPublic", (c, in) -> Call.json("PUT", "/api/v1/campaigns/" + c.campaign(in) + "/public",
                new JsonObject().put("public", true)), expect(PLANNERS_SCOPED.formatted("200", "200"))));

        rows.add(new Row("createScheduleEdit", (c, in) -> Call.json("POST", "/api/v1/schedule-edits", c.editBody(in)),
                expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("withdrawScheduleEdit", (c, in) -> Call.json("DELETE", "/api/v1/schedule-edits/" + c.edit(in), null),
                expect(PLANNERS_SCOPED.formatted("204", "204"))));
        rows.add(new Row("listScheduleEdits", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/schedule-edits"), expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("listDaysOff", (c, in) -> Call.get("/api/v1/days-off"), expect(USERS_ONLY_READ)));
        rows.add(new Row("createDayOff", (c, in) -> Call.json("POST", "/api/v1/days-off", c.dayOffBody(in)),
                expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("withdrawDayOff", (c, in) -> Call.json("DELETE", "/api/v1/days-off/"
                + c.post("/api/v1/days-off", c.dayOffBody(in)).getLong("id"), null), expect(PLANNERS_SCOPED.formatted("204", "204"))));
        rows.add(new Row("listRecurringSlots", (c, in) -> Call.get("/api/v1/recurring-slots"), expect(USERS_ONLY_READ)));
        rows.add(new Row("createRecurringSlot", (c, in) -> Call.json("POST", "/api/v1/recurring-slots", c.slotBody(in)),
                expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("retireRecurringSlot", (c, in) -> Call.json("DELETE", "/api/v1/recurring-slots/"
                + c.post("/api/v1/recurring-slots", c.slotBody(in)).getLong("id"), null), expect(PLANNERS_SCOPED.formatted("204", "204"))));

        rows.add(new Row("getStationFallback", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB) + "/fallback"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("setStationFallback", (c, in) -> Call.json("PUT", "/api/v1/stations/" + (in ? c.stationA : c.stationB)
                + "/fallback", new JsonObject().put("program_ids", new JsonArray().add(c.program(in)))),
                expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("getUnitFallback", (c, in) -> Call.get("/api/v1/org-units/" + c.commune(in) + "/fallback"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("setUnitFallback", (c, in) -> Call.json("PUT", "/api/v1/org-units/" + c.district(in) + "/fallback",
                new JsonObject().put("program_ids", new JsonArray().add(c.program(in)))), expect(PLANNERS_SCOPED.formatted("200", "200"))));

        rows.add(new Row("listRelaySources", (c, in) -> Call.get("/api/v1/relay-sources"), expect(USERS_ONLY_READ)));
        rows.add(new Row("createRelaySource", (c, in) -> Call.json("POST", "/api/v1/relay-sources", c.relaySourceBody(in)),
                expect(ADMIN_ONLY_SCOPED.formatted("201"))));
        rows.add(new Row("updateRelaySource", (c, in) -> Call.json("PUT", "/api/v1/relay-sources/"
                + c.post("/api/v1/relay-sources", c.relaySourceBody(in)).getLong("id"), c.relaySourceBody(in)),
                expect(ADMIN_ONLY_SCOPED.formatted("200"))));
        rows.add(new Row("retireRelaySource", (c, in) -> Call.json("DELETE", "/api/v1/relay-sources/"
                + c.post("/api/v1/relay-sources", c.relaySourceBody(in)).getLong("id"), null),
                expect(ADMIN_ONLY_SCOPED.formatted("204"))));
        rows.add(new Row("testRelayStream", (c, in) -> Call.json("POST", "/api/v1/relay-sources/test",
                new JsonObject().put("url", "http://127.0.0.1:9/vov1.mp3")),
                expect("anonymous=401 admin=200 planner=403 operator=403 supervisor=403 station=403")));
        rows.add(new Row("listRelaySlots", (c, in) -> Call.get("/api/v1/relay-slots"), expect(USERS_ONLY_READ)));
        rows.add(new Row("createRelaySlot", (c, in) -> Call.json("POST", "/api/v1/relay-slots", c.relaySlotBody(in)),
                expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("endRelaySlot", (c, in) -> Call.json("DELETE", "/api/v1/relay-slots/"
                + c.post("/api/v1/relay-slots", c.relaySlotBody(in)).getLong("id"), null),
                expect(PLANNERS_SCOPED.formatted("204", "204"))));

        rows.add(new Row("getStationsNow", (c, in) -> Call.get("/api/v1/reports/stations-now"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getWeekGrid", (c, in) -> Call.get("/api/v1/reports/week"), expect(USERS_ONLY_READ)));
        rows.add(new Row("streamEvents", (c, in) -> Call.get("/api/v1/events?max_seconds=1"), expect(USERS_ONLY_READ)));
        rows.add(new Row("listCampaigns", (c, in) -> Call.get("/api/v1/campaigns"), expect(USERS_ONLY_READ)));
        rows.add(new Row("createCampaign", (c, in) -> Call.json("POST", "/api/v1/campaigns", new JsonObject()
                .put("name", "Tuyên truyền giảm nghèo").put("owner_unit_code", c.district(in))
                .put("period_start", "2026-01-01").put("period_end", "2026-12-31")
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(c.district(in))).put("program_ids", new JsonArray().add(c.program(in)))),
                expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("getCampaign", (c, in) -> Call.get("/api/v1/campaigns/" + c.campaign(in)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("updateCampaign", (c, in) -> Call.json("PUT", "/api/v1/campaigns/" + c.campaign(in), new JsonObject()
                .put("name", "Đổi tên").put("owner_unit_code", c.district(in))
                .put("period_start", "2026-01-01").put("period_end", "2026-12-31")
                .put("target", new JsonObject().put("kind", "any_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(c.district(in))).put("program_ids", new JsonArray().add(c.program(in)))),
                expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("publishCampaign", (c, in) -> Call.json("POST", "/api/v1/campaigns/" + c.campaign(in) + "/publish",
                null), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("closeCampaign", (c, in) -> Call.json("POST", "/api/v1/campaigns/" + c.campaign(in) + "/close",
                null), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("deleteCampaign", (c, in) -> Call.json("DELETE", "/api/v1/campaigns/" + c.campaign(in), null),
                expect(PLANNERS_SCOPED.formatted("204", "204"))));
        rows.add(new Row("cloneCampaign", (c, in) -> Call.json("POST", "/api/v1/campaigns/" + c.campaign(in) + "/clone",
                new JsonObject().put("period_start", "2027-01-01").put("period_end", "2027-12-31")),
                expect("anonymous=401 admin=201/403 planner=201/403 operator=403 supervisor=403 station=403")));
        rows.add(new Row("getCampaignFeasibility", (c, in) -> Call.get("/api/v1/campaigns/" + c.campaign(in) + "/feasibility"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("issueNotice", (c, in) -> Call.json("POST", "/api/v1/notices", new JsonObject()
                .put("title", "Bão số 3").put("program_id", c.program(in)).put("issued_by_unit_code", c.district(in))
                .put("target_units", new JsonArray().add(c.district(in)))), expect(PLANNERS_SCOPED.formatted("201", "201"))));
        rows.add(new Row("previewNotice", (c, in) -> Call.json("POST", "/api/v1/notices/preview", new JsonObject()
                .put("title", "Bão số 3").put("program_id", c.program(in)).put("issued_by_unit_code", c.district(in))
                .put("target_units", new JsonArray().add(c.district(in)))), expect(PLANNERS_SCOPED.formatted("200", "200"))));
        rows.add(new Row("listNotices", (c, in) -> Call.get("/api/v1/notices"), expect(USERS_ONLY_READ)));
        rows.add(new Row("getNotice", (c, in) -> Call.get("/api/v1/notices/" + c.notice(in)),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("cancelNotice", (c, in) -> Call.json("POST", "/api/v1/notices/" + c.notice(in) + "/cancel", null),
                expect(PLANNERS_SCOPED.formatted("200", "200"))));

        // an operator's scope is a commune, so a district's report is beyond it
        String scopedRead = "anonymous=401 admin=200/403 planner=200/403 operator=403 supervisor=200/403 station=403";
        rows.add(new Row("listAsRunLog", (c, in) -> Call.get("/api/v1/reports/as-run?unit=" + c.district(in)),
                expect(scopedRead)));
        rows.add(new Row("getFrequency", (c, in) -> Call.get("/api/v1/reports/frequency?format=csv&unit=" + c.district(in)),
                expect(scopedRead)));
        rows.add(new Row("getCompliance", (c, in) -> Call.get("/api/v1/reports/compliance?campaign_id=" + c.campaign(true)
                + "&unit=" + c.district(in)), expect(scopedRead)));
        rows.add(new Row("getRelayCompliance", (c, in) -> Call.get("/api/v1/reports/relay-compliance?source_id="
                + c.relaySource() + "&unit=" + c.district(in)), expect(scopedRead)));
        rows.add(new Row("exportSignedLog", (c, in) -> Call.get("/api/v1/reports/signed-log?unit=" + c.district(in)),
                expect(scopedRead)));
        rows.add(new Row("getStationChains", (c, in) -> Call.get("/api/v1/stations/" + (in ? c.stationA : c.stationB) + "/chains"),
                expect("anonymous=401 admin=200/403 planner=200/403 operator=200/403 supervisor=200/403 station=403")));
        rows.add(new Row("getMonitoringReport", (c, in) -> Call.get("/api/v1/reports/monitoring?format=pdf&unit="
                + c.district(in)), expect(scopedRead)));
        rows.add(new Row("listSilentStations", (c, in) -> Call.get("/api/v1/reports/silent-stations?unit=" + c.district(in)),
                expect(scopedRead)));
        rows.add(new Row("getDaySummary", (c, in) -> Call.get("/api/v1/reports/today?unit=" + c.district(in)),
                expect(scopedRead)));
        rows.add(new Row("listAudit", (c, in) -> Call.get("/api/v1/audit"),
                expect("anonymous=401 admin=200 planner=403 operator=403 supervisor=200 station=403")));
        return rows;
    }

    @Test
    void everyOperationOfTheContractHasARow() throws IOException {
        Set<String> inContract = new TreeSet<>();
        Matcher m = Pattern.compile("operationId:\\s*(\\w+)").matcher(Files.readString(
                Path.of("src/main/resources/openapi/loa-api.yaml"), StandardCharsets.UTF_8));
        while (m.find()) {
            inContract.add(m.group(1));
        }
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(r -> inMatrix.add(r.operationId()));
        assertEquals(inContract, inMatrix, "add a row to the matrix for every new route");
    }

    @TestFactory
    List<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        Ctx ctx = new Ctx();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (String caller : CALLERS) {
                String[] expected = row.expected().get(caller).split("/");
                for (int variant = 0; variant < expected.length; variant++) {
                    boolean in = variant == 0;
                    int status = Integer.parseInt(expected[variant]);
                    String name = row.operationId() + " as " + caller + (expected.length > 1 ? (in ? " in scope" : " out of scope") : "");
                    tests.add(dynamicTest(name, () -> {
                        Api api = caller.equals("station") && row.operationId().equals("rotateAgentToken")
                                ? scheduler.api().withToken(ctx.enrol(ctx.station(true))) : ctx.callers.get(caller);
                        if (row.operationId().equals("logout") && !caller.equals("anonymous") && !caller.equals("station")) {
                            api = scheduler.api().signIn(usernameOf(caller), TestUsers.PASSWORD);
                        }
                        Call call = row.call().apply(ctx, in);
                        Api.Reply reply = api.sendBytes(call.method(), call.path(), call.contentType(),
                                call.body() == null ? new byte[0] : call.body());
                        String shown = reply.toString();
                        assertEquals(status, reply.status(), name + ": " + shown.substring(0, Math.min(400, shown.length())));
                    }));
                }
            }
        }
        return tests;
    }

    private static String usernameOf(String caller) {
        return switch (caller) {
            case "admin" -> "admin.040";
            case "planner" -> "planner.040";
            case "operator" -> "operator.01273";
            default -> "supervisor.040";
        };
    }
}
