package vn.loa.scheduler.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.store.SqliteStore;

/** The map in force since 1 July 2025 imports as it is through the ordinary CSV import, and again without change. */
class VietnamMapImportTest {

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

    private static byte[] map() throws IOException {
        try (InputStream in = VietnamMapImportTest.class.getResourceAsStream("/map/vn-admin-units-2025-07.csv")) {
            return in.readAllBytes();
        }
    }

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
