package vn.loa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * No dead ends for a planner: their own password changed from their name in the header (a wrong current
 * password says so); a program's details edited with the language picked by name; a program never
 * scheduled deleted after a confirmation; one already scheduled refused with the reason and kept. An admin
 * imports stations from CSV: a file with bad rows is refused with each bad row named, the fixed file imported.
 */
class NoDeadEndsConsoleIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(PinnedDay.clock());

    @Test
    void aPlannerChangesTheirPasswordAndEditsAndDeletesPrograms() {
        Api admin = scheduler.admin();
        new Province(admin);
        long spare = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin thử nghiệm", 71).getLong("id");
        long used = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin bầu cử", 72).getLong("id");
        Province.campaign(admin, "Tuyên truyền bầu cử", PinnedDay.TODAY, PinnedDay.TODAY.plusDays(5), used);
        scheduler.as("kehoach.thanhpho", Role.PLANNER, Fixtures.DISTRICT);
        Console console = new Console(BROWSER.page(), admin.baseUrl()).signIn("kehoach.thanhpho", TestUsers.PASSWORD);
        Page page = console.page();

        page.locator("#account").click();
        console.ready("password");
        page.getByLabel("Mật khẩu hiện tại").fill("không phải mật khẩu này");
        page.getByLabel("Mật khẩu mới (ít nhất 12 ký tự)").fill("đồng lúa chín vàng bên sông Bằng");
        page.locator("#password-form button[type=submit]").click();
        page.locator("#password-form .status.error").waitFor();
        page.getByLabel("Mật khẩu hiện tại").fill(TestUsers.PASSWORD);
        page.getByLabel("Mật khẩu mới (ít nhất 12 ký tự)").fill("đồng lúa chín vàng bên sông Bằng");
        page.locator("#password-form button[type=submit]").click();
        page.getByText("Đã đổi mật khẩu.").first().waitFor();
        Accessibility.check(page, "the password page");
        assertEquals(200, scheduler.api().post("/api/v1/session", new JsonObject().put("username", "kehoach.thanhpho")
                .put("password", "đồng lúa chín vàng bên sông Bằng")).status(), "the new password signs in");

        console.open("programs/" + spare);
        page.getByText("Sửa thông tin chương trình").click();
        page.getByLabel("Tên chương trình").fill("Bản tin tiếng Tày tuần này");
        page.getByLabel("Ngôn ngữ").selectOption("tyz");
        page.getByText("Lưu thay đổi").click();
        console.heading("Bản tin tiếng Tày tuần này");
        assertEquals("tyz", admin.get("/api/v1/programs/" + spare).json().getString("language"));
        assertTrue(console.mainText().contains("Tiếng Tày"), "the language by its name");
        Accessibility.check(page, "a program with its edit form");

        console.open("programs/" + used);
        page.locator("#program-delete").click();
        page.locator("#program-delete-confirm").click();
        page.locator("main .status.error").waitFor();
        assertTrue(page.locator("main .status.error").innerText().contains("ngừng phát"), "the server says to retire it instead");
        assertEquals(200, admin.get("/api/v1/programs/" + used).status(), "kept");

        console.open("programs/" + spare);
        page.locator("#program-delete").click();
        assertTrue(page.locator("[role=alertdialog]").innerText().contains("Xoá hẳn chương trình \"Bản tin tiếng Tày tuần này\"?"));
        page.locator("#program-delete-confirm").click();
        console.ready("programs");
        assertEquals(404, admin.get("/api/v1/programs/" + spare).status(), "deleted");
    }

    @Test
    void anAdminImportsStationsAndReadsEachBadRow() throws Exception {
        Api admin = scheduler.admin();
        new Province(admin);
        scheduler.as("quantri.tinh", Role.ADMIN, Fixtures.PROVINCE);
        Console console = new Console(BROWSER.page(), admin.baseUrl()).signIn("quantri.tinh", TestUsers.PASSWORD);
        Page page = console.page();
        console.open("units");
        Path bad = Files.createTempFile("dai", ".csv");
        Files.writeString(bad, "code,name,commune_code,languages,windows\n"
                + "CB-01279,Đài truyền thanh phường Ngọc Xuân,01279,vi,T2-CN 06:00-06:30\n"
                + "CB-99999,Đài không có xã,99999,vi,T2-CN 06:00-06:30\n"
                + "CB-01279-B,Đài truyền thanh phường Ngọc Xuân (cụm 2),01279,vi,T2-CN 25:00-06:30\n", StandardCharsets.UTF_8);
        var form = page.locator("form.import[data-kind=stations]");
        form.locator("input[type=file]").setInputFiles(bad);
        form.locator("button[type=submit]").click();
        form.locator("#import-errors-stations").waitFor();
        assertEquals(List.of("3", "4"), form.locator("#import-errors-stations tbody tr td:first-child").allInnerTexts().stream()
                .map(String::strip).toList(), "each bad row named, in file order");
        assertTrue(form.innerText().contains("không dòng nào được nhập"), form.innerText());
        assertEquals(0, admin.get("/api/v1/stations?within=01279").items().size(), "nothing imported");
        Accessibility.check(page, "an import refused row by row");

        Path good = Files.createTempFile("dai", ".csv");
        Files.writeString(good, "code,name,commune_code,languages,windows\n"
                + "CB-01279,Đài truyền thanh phường Ngọc Xuân,01279,vi;tyz,T2-CN 06:00-06:30\n", StandardCharsets.UTF_8);
        form.locator("input[type=file]").setInputFiles(good);
        form.locator("button[type=submit]").click();
        form.getByText("Đã nhập 1 dòng: 1 mới, 0 cập nhật.").waitFor();
        assertEquals("Đài truyền thanh phường Ngọc Xuân", admin.get("/api/v1/stations?within=01279").items().getJsonObject(0)
                .getString("name"));
        Files.delete(bad);
        Files.delete(good);

        // a station created by mistake (never aired) is deleted from its page, after the question
        long imported = admin.get("/api/v1/stations?within=01279").items().getJsonObject(0).getLong("id");
        console.open("stations/" + imported);
        page.locator("#station-delete").click();
        assertTrue(page.locator("[role=alertdialog]:not([hidden])").innerText().contains("Xoá hẳn \"Đài truyền thanh phường Ngọc Xuân\"?"));
        page.locator("#station-delete-confirm").click();
        console.ready("units");
        assertEquals(404, admin.get("/api/v1/stations/" + imported).status(), "deleted");

        // a unit added, renamed and deleted from the units page
        var add = page.locator("#unit-add");
        add.getByLabel("Mã đơn vị (mã thống kê)").fill("01282");
        add.getByLabel("Tên đơn vị").fill("Phường Sông Hiến");
        add.getByLabel("Loại (Tỉnh, Xã, Phường, Đặc khu…)").fill("Phường");
        add.getByLabel("Thuộc đơn vị").selectOption(Fixtures.DISTRICT);
        add.locator("button[type=submit]").click();
        // in the tree (inside its district, folded): attached, not necessarily visible
        page.waitForFunction("() => !!document.querySelector(\".tree-root details[data-code='01282']\")");
        var change = page.locator("#unit-change");
        change.locator("#unit-pick").selectOption("01282");
        change.getByLabel("Tên đơn vị").fill("Phường Sông Hiến (mới)");
        change.locator("button[type=submit]").click();
        page.waitForFunction("() => (document.querySelector(\".tree-root details[data-code='01282'] summary\") || {}).textContent"
                + "?.includes('Sông Hiến (mới)')");
        page.locator("#unit-change #unit-pick").selectOption("01282");
        page.locator("#unit-delete").click();
        page.locator("#unit-delete-confirm").click();
        page.waitForFunction("() => !document.querySelector(\".tree-root details[data-code='01282']\")");
        assertEquals(404, admin.get("/api/v1/org-units/01282").status(), "deleted");

        // a planner becomes the district's supervisor: role and scope changed on the users page
        scheduler.as("kehoach.thanhpho", Role.PLANNER, Fixtures.DISTRICT);
        long planner = admin.get("/api/v1/users").items().stream().map(JsonObject.class::cast)
                .filter(u -> u.getString("username").equals("kehoach.thanhpho")).findFirst().orElseThrow().getLong("id");
        console.open("users");
        page.getByLabel("Đổi vai trò, phạm vi: kehoach.thanhpho").click();
        page.locator("#change-role").selectOption("supervisor");
        page.locator("#user-change button[type=submit]").click();
        page.getByText("Đã đổi vai trò và phạm vi của").waitFor();
        JsonObject changed = admin.get("/api/v1/users/" + planner).json();
        assertEquals("supervisor", changed.getString("role"));
        assertEquals(Fixtures.DISTRICT, changed.getString("scope_code"), "the scope kept");
        Accessibility.check(page, "users after a change of role");
    }
}
