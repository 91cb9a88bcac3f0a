package vn.loa.scheduler.cli;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.proof.AttestedRecord;
import vn.loa.proof.ChainWalk;
import vn.loa.proof.RecordSignature;

/**
 * {@code verify-log FILE}: checks an export of the signed as-run log (JSON lines, {@code GET
 * /api/v1/reports/signed-log}) with nothing but the file: every record's signature under the key of the PC that
 * signed it, and every record naming the one before it. Prints the first bad record (station, PC, number, what is
 * wrong) and exits 1, or the count of good records and exits 0; a file it cannot read, 2. A file starts where its period starts: its first
 * record's previous is taken as given.
 */
public final class VerifyLogCommand {

    private final PrintStream out;

    public VerifyLogCommand(PrintStream out) {
        this.out = out;
    }

    /** One record of the file with where it came from. */
    private record Line(int number, String stationCode, String publicKey, AttestedRecord attested, String signature) {
    }

    public int run(Path file) {
        Map<String, List<Line>> chains = new LinkedHashMap<>();
        int number = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Không đọc được tệp / Cannot read the file " + file + ": " + e.getMessage());
            return 2;
        }
        for (String text : lines) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonObject o = new JsonObject(text);
                long station = o.getLong("station_id");
                String key = o.getString("public_key");
                chains.computeIfAbsent(station + " " + key, k -> new ArrayList<>()).add(new Line(number,
                        o.getString("station_code", String.valueOf(station)), key, AttestedRecord.fromWire(station, o.getMap()),
                        o.getString("signature")));
            } catch (DecodeException | IllegalArgumentException | ClassCastException | NullPointerException e) {
                out.println("Dòng " + number + " không đọc được: không phải một bản ghi có chữ ký / Line " + number
                        + " is not a signed record.");
                return 1;
            }
        }
        int records = 0;
        for (List<Line> chain : chains.values()) {
            chain.sort(Comparator.comparingLong(l -> l.attested().sequence()));
            List<ChainWalk.Link> links = chain.stream().map(l -> new ChainWalk.Link(l.attested().sequence(),
                    l.attested().previousHash(), l.attested().hash(),
                    RecordSignature.verify(l.publicKey(), l.attested().canonical(), l.signature()))).toList();
            List<ChainWalk.Break> breaks = ChainWalk.breaks(links, false);
            if (!breaks.isEmpty()) {
                ChainWalk.Break first = breaks.get(0);
                Line line = chain.stream().filter(l -> l.attested().sequence() >= first.sequence()).findFirst().orElse(chain.get(0));
                out.println("HỎNG / BROKEN — đài / station " + line.stationCode() + ", máy / PC " + tail(line.publicKey())
                        + ", dòng / line " + line.number() + ": " + first.vietnamese() + " / " + first.english());
                return 1;
            }
            records += chain.size();
        }
        out.println("Đúng / OK — " + records + " bản ghi của " + chains.size() + " chuỗi: chữ ký và chuỗi liền mạch / "
                + records + " records in " + chains.size() + " chains: signatures hold and every record names the one before it.");
        return 0;
    }

    /** The last characters of a key, enough to tell two PCs apart in a message. */
    static String tail(String publicKey) {
        return publicKey == null ? "?" : "…" + publicKey.substring(Math.max(0, publicKey.length() - 10));
    }
}
