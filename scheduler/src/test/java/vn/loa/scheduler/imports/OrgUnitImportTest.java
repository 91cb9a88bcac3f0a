package vn.loa.scheduler.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.store.SqliteStore;

class OrgUnitImportTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dataDir;
    private SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dataDir, 5000);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportResult importCsv(String csv) {
        return importBytes(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult importBytes(byte[] csv) {
        return store.write(r -> OrgUnitImport.apply(r, csv, NOW, ImportScope.EVERYTHING));
    }

    private int unitCount() {
        return store.read(r -> r.orgUnits().list(null, null).size());
    }

    @Test
    void importsBothTreeShapesWithChildrenListedBeforeParents() {
        ImportResult result = importCsv("""
                code,name,type,level,parent_code
                01273,Phường Hợp Giang,Phường,commune,040
                040,Thành phố Cao Bằng,Thành phố,district,04
                04,Tỉnh Cao Bằng,Tỉnh,province,
                11111,Phường Thục Phán,Phường,commune,04
                """);
        assertEquals(new ImportResult(4, 4, 0), result);
        assertEquals("04", store.read(r -> r.orgUnits().findByCode("11111")).orElseThrow().parentCode());
        assertEquals(OrgUnitLevel.COMMUNE, store.read(r -> r.orgUnits().findByCode("01273")).orElseThrow().level());
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsNamed() {
        DomainException e = assertThrows(DomainException.class, () -> importCsv("""
                code,name,type,level,parent_code
                04,Tỉnh Cao Bằng,Tỉnh,province,
                040,Thành phố Cao Bằng,Thành phố,district,04
                1273,Phường Hợp Giang,Phường,commune,040
                01279,Phường Ngọc Xuân,Phường,commune,999
                """));
        assertEquals("import_rejected", e.code());
        assertTrue(e.getMessage().contains("Dòng 4"), e.getMessage());
        assertEquals(2, e.details().getJsonArray("rows").size());
        assertEquals(4, e.details().getJsonArray("rows").getJsonObject(0).getInteger("row"));
        assertEquals(5, e.details().getJsonArray("rows").getJsonObject(1).getInteger("row"));
        assertEquals(0, unitCount());
    }

    @Test
    void excelFileWithBomAndSemicolonsIsRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "code;name;type;level;parent_code\r\n04;Tỉnh Cao Bằng;Tỉnh;province;\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body, 0, csv, bom.length, body.length);
        assertEquals(1, importBytes(csv).created());
        assertEquals("Tỉnh Cao Bằng", store.read(r -> r.orgUnits().findByCode("04")).orElseThrow().name());
    }

    @Test
    void fileNotInUtf8IsRefusedWithAHowTo() {
        // "Bằng" as Windows-1258 writes it: ă is the single byte 0xE3, which is not valid UTF-8 here.
        byte[] head = "code,name,type,level,parent_code\n04,Tinh Cao B".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "ng,Tinh,province,\n".getBytes(StandardCharsets.US_ASCII);
        byte[] latin = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, latin, 0, head.length);
        latin[head.length] = (byte) 0xE3;
        System.arraycopy(tail, 0, latin, head.length + 1, tail.length);
        DomainException e = assertThrows(DomainException.class, () -> importBytes(latin));
        assertEquals("not_utf8", e.code());
        assertTrue(e.getMessage().contains("CSV UTF-8"));
        assertEquals(0, unitCount());
    }

    @Test
    void reimportUpdatesNamesAndRepeatedCodeInOneFileIsRefused() {
        importCsv("code,name,type,level,parent_code\n04,Tinh Cao Bang,Tỉnh,province,\n");
        assertEquals(new ImportResult(1, 0, 1), importCsv("code,name,type,level,parent_code\n04,Tỉnh Cao Bằng,Tỉnh,province,\n"));
        assertEquals("Tỉnh Cao Bằng", store.read(r -> r.orgUnits().findByCode("04")).orElseThrow().name());

        DomainException e = assertThrows(DomainException.class, () -> importCsv(
                "code,name,type,level,parent_code\n04,Tỉnh A,Tỉnh,province,\n04,Tỉnh B,Tỉnh,province,\n"));
        assertTrue(e.getMessage().contains("dòng 2"), e.getMessage());
    }

    @Test
    void wrongHeaderNamesMissingAndUnknownColumns() {
        DomainException e = assertThrows(DomainException.class,
                () -> importCsv("ma,name,level\n04,Tỉnh Cao Bằng,province\n"));
        assertEquals("bad_header", e.code());
        assertTrue(e.getMessage().contains("ma"), e.getMessage());
    }

    private static byte[] map() throws IOException {
        try (InputStream in = OrgUnitImportTest.class.getResourceAsStream("/map/vn-admin-units-2025-07.csv")) {
            return in.readAllBytes();
        }
    }

    /** The map in force since 1 July 2025 imports as it is, and again without change. */
    @Test
    void thirtyFourProvincesAndThreeThousandThreeHundredTwentyOneCommunesOnTwoLevels() throws IOException {
        byte[] map = map();
        ImportResult first = store.write(r -> OrgUnitImport.apply(r, map, NOW, ImportScope.EVERYTHING));
        assertEquals(new ImportResult(3355, 3355, 0), first);
        List<OrgUnit> units = store.read(r -> r.orgUnits().list(null, null));
        assertEquals(34, units.stream().filter(u -> u.level() == OrgUnitLevel.PROVINCE).count());
        assertEquals(3321, units.stream().filter(u -> u.level() == OrgUnitLevel.COMMUNE).count());
        assertEquals(0, units.stream().filter(u -> u.level() == OrgUnitLevel.DISTRICT).count(), "no district level");
        assertEquals(13, units.stream().filter(u -> "Đặc khu".equals(u.type())).count());
        assertEquals(2621, units.stream().filter(u -> "Xã".equals(u.type())).count());
        assertEquals(92, units.stream().filter(u -> "19".equals(u.parentCode())).count(), "Thái Nguyên, with the former Bắc Kạn");

        ImportResult again = store.write(r -> OrgUnitImport.apply(r, map, NOW.plusSeconds(60), ImportScope.EVERYTHING));
        assertEquals(3355, again.rows());
        assertEquals(0, again.created(), "importing the same map again creates nothing");
        assertEquals(3355, store.read(r -> r.orgUnits().list(null, null)).size());
    }
}
