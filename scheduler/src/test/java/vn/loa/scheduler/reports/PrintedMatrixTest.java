package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.reports.FrequencyCell;

/**
 * A province's matrix on paper: 100 stations named after real communes of Nghệ An and 14 programs. The PDF
 * is read back with PDFBox (every station name and every word of every program title whole, every page with
 * rows on it) and its first page rendered to PNG (target/printed-matrix-page1.png, to look at) to see the
 * console's colours in the cells; the Excel file keeps the numbers, the colours and the targets.
 */
class PrintedMatrixTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final List<String> TITLES = List.of("Phòng chống cháy rừng mùa khô", "Bầu cử đại biểu Quốc hội khoá XVI",
            "Tiêm chủng mở rộng cho trẻ em", "Chuyển đổi số ở xã, phường", "An toàn giao thông dịp Tết",
            "Phòng chống lừa đảo qua điện thoại", "Nước sạch và vệ sinh môi trường", "Bảo hiểm y tế hộ gia đình",
            "Phòng chống dịch sốt xuất huyết", "Khuyến nông: chăm sóc lúa vụ đông", "Pháp luật về đất đai năm 2024",
            "Xây dựng nông thôn mới nâng cao", "Phòng chống đuối nước cho học sinh", "Ngày hội Đại đoàn kết toàn dân tộc");

    private static List<String[]> communes(int count) throws IOException {
        try (InputStream in = PrintedMatrixTest.class.getResourceAsStream("/map/vn-admin-units-2025-07.csv")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                if (f.length == 5 && f[4].strip().equals("40") && out.size() < count) {
                    out.add(new String[] {"XA-" + f[0], "Đài truyền thanh " + f[1]});
                }
            }
            assertEquals(count, out.size(), "Nghệ An has more than " + count + " communes");
            return out;
        }
    }

    private static List<FrequencyCell> cells(List<String[]> stations) {
        List<FrequencyCell> cells = new ArrayList<>();
        for (int s = 0; s < stations.size(); s++) {
            for (int p = 0; p < TITLES.size(); p++) {
                int airings = (s + p) % 6; // 0..5 against a target of 4: every colour appears
                cells.add(new FrequencyCell(p + 1, TITLES.get(p), stations.get(s)[0], stations.get(s)[1], FROM, airings, 0, 0,
                        airings * 240.0, 4));
            }
        }
        return cells;
    }

    @Test
    void aProvincesMatrixPrintsAPlaceARowWithEveryNameWhole() throws IOException {
        List<String[]> stations = communes(100);
        byte[] pdf = PdfExport.of(FrequencyMatrix.forPrint(cells(stations), FROM, TO));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            Set<String> words = new HashSet<>(Arrays.asList(text.split("\\s+")));
            for (String[] station : stations) {
                assertTrue(text.contains(station[1]), "a station's name on one line: " + station[1]);
            }
            for (String title : TITLES) {
                for (String word : title.split("\\s+")) {
                    assertTrue(words.contains(word) || words.contains(word.replace(",", "")) || text.contains(title),
                            "the word '" + word + "' of '" + title + "' whole in a column heading");
                }
            }
            assertTrue(text.contains("Ma trận tần suất — phần 1/2"), "14 programs and a total cut into two slices");
            assertTrue(text.contains("phần 2/2"), "the second slice");
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 4 && pages <= 12, "100 rows in two slices on a few pages, not " + pages);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                long stationsOnPage = stations.stream().filter(s -> {
                    try {
                        return stripper.getText(document).contains(s[1]);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
                assertTrue(stationsOnPage >= 10, "page " + page + " carries rows, not only a title: " + stationsOnPage);
            }

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Files.createDirectories(Path.of("target"));
            ImageIO.write(image, "png", Path.of("target", "printed-matrix-page1.png").toFile());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    colours.add(image.getRGB(x, y) & 0xFFFFFF);
                }
            }
            for (int fill : new int[] {0xA5D6A7, 0xFFF59D, 0xFFCC80, 0xEF9A9A}) {
                assertTrue(colours.contains(fill), "the console's colour " + Integer.toHexString(fill) + " in a cell");
            }
        }
    }

    @Test
    void aFewPlacesStayColumnsAndTheSpreadsheetKeepsColoursAndTargets() throws IOException {
        List<String[]> stations = communes(3);
        ReportDocument screen = FrequencyMatrix.of(cells(stations), FROM, TO);
        ReportDocument.Table table = screen.tables().get(0);
        assertEquals(stations.get(0)[1] + " (" + stations.get(0)[0] + ")", table.headers().get(2), "places across on screen");
        assertEquals(TITLES.size() + 1, table.rows().size(), "a row per program and the totals");
        assertEquals(FrequencyMatrix.forPrint(cells(stations), FROM, TO).tables().get(0).headers(), table.headers(),
                "3 places and 14 programs print the same way round");

        String csv = CsvExport.of(screen);
        assertTrue(csv.contains("1/4") && csv.contains("5/4"), "the CSV shows airings against the target as on screen");

        byte[] xlsx = XlsxExport.of(screen);
        List<List<String>> sheet = Exports.sheet(xlsx, "Ma trận tần suất");
        List<String> first = sheet.get(1);
        assertEquals("An toàn giao thông dịp Tết", first.get(1), "programs by title, as on screen");
        assertEquals("4", first.get(2), "a number a supervisor can sum, not 4/4");
        String styles = entry(xlsx, "xl/styles.xml");
        for (String fill : List.of("A5D6A7", "FFF59D", "FFCC80", "EF9A9A")) {
            assertTrue(styles.contains(fill), "the fill " + fill + " in the workbook");
        }
        // the writer escapes letters beyond ASCII as character references
        String comments = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(entry(xlsx, "xl/comments1.xml"))
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        assertTrue(comments.contains("Chỉ tiêu: 4 lượt"), "each cell's target beside it");
        assertTrue(sheet.stream().anyMatch(r -> !r.isEmpty() && r.get(0).startsWith("Chú giải màu")), "the colour key");
    }

    /** One part of the workbook, read as Excel reads it: through the zip's central directory. */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("matrix", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry e = workbook.getEntry(name);
                assertTrue(e != null, "no " + name + " in the workbook");
                try (InputStream in = workbook.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }
}
