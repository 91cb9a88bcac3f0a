package vn.loa.scheduler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("loa.properties");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void defaultsListenOnLocalhost() {
        SchedulerConfig config = new ConfigLoader(Map.of()).load(null);
        assertEquals("127.0.0.1", config.httpHost());
        assertEquals(8080, config.httpPort());
    }

    @Test
    void environmentWinsOverTheFile() throws IOException {
        Path f = file("http.port=9000\ndata.dir=/srv/loa/dữ-liệu\n");
        SchedulerConfig config = new ConfigLoader(Map.of("LOA_HTTP_PORT", "9100")).load(f);
        assertEquals(9100, config.httpPort());
        assertEquals(Path.of("/srv/loa/dữ-liệu"), config.dataDir());
    }

    @Test
    void badValueNamesTheKeyAndWhereItCameFrom() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("LOA_HTTP_PORT", "tám nghìn")).load(null));
        assertTrue(e.getMessage().contains("http.port"), e.getMessage());
        assertTrue(e.getMessage().contains("LOA_HTTP_PORT"), e.getMessage());
    }

    @Test
    void misspelledKeyInTheFileIsRefusedByName() throws IOException {
        Path f = file("http.prot=9000\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(f));
        assertTrue(e.getMessage().contains("http.prot"), e.getMessage());
    }

    @Test
    void outOfRangeValueIsRefused() throws IOException {
        Path f = file("workers.pool-size=0\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(f));
        assertTrue(e.getMessage().contains("workers.pool-size"), e.getMessage());
    }

    @Test
    void mapTilesAreOffUnlessATileUrlIsGiven() {
        assertEquals(null, new ConfigLoader(Map.of()).load(null).mapTiles());
        SchedulerConfig config = new ConfigLoader(Map.of("LOA_CONSOLE_MAP_TILES", "https://bando.thainguyen.gov.vn:8443/tiles/{z}/{x}/{y}.png",
                "LOA_CONSOLE_MAP_ATTRIBUTION", "© Sở Nông nghiệp và Môi trường Thái Nguyên")).load(null);
        assertEquals("https://bando.thainguyen.gov.vn:8443", config.mapTiles().origin(), "the origin the console's CSP lets images from");
        assertEquals("© Sở Nông nghiệp và Môi trường Thái Nguyên", config.mapTiles().attribution());
    }

    @Test
    void aTileUrlWithoutItsPlaceholdersOrWithAQuoteIsRefused() {
        for (String bad : new String[] {"https://bando.example/tiles.png", "ftp://bando.example/{z}/{x}/{y}.png",
                "https://bando.example/{z}/{x}/{y}.png' 'unsafe-inline", "bando/{z}/{x}/{y}"}) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> new ConfigLoader(Map.of("LOA_CONSOLE_MAP_TILES", bad)).load(null), bad);
            assertTrue(e.getMessage().contains("console.map-tiles"), e.getMessage());
        }
    }
}
