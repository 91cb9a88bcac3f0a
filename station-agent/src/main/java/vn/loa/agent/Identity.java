package vn.loa.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Who this agent is: the server it enrolled with, its station, its token and when it enrolled on the
 * server's clock (null for agents enrolled before that was kept), kept in
 * {@code DATA/identity.json}, written to a temporary file and moved into place so a power cut leaves
 * the old identity or the new one, never half of one.
 */
public record Identity(URI server, long stationId, String stationCode, String token, Instant enrolledAt) {

    static final String FILE = "identity.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<Identity> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            var node = JSON.readTree(file.toFile());
            return Optional.of(new Identity(URI.create(node.get("server").asText()), node.get("station_id").asLong(),
                    node.get("station_code").asText(), node.get("token").asText(),
                    node.hasNonNull("enrolled_at") ? Instant.parse(node.get("enrolled_at").asText()) : null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void save(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            ObjectNode node = JSON.createObjectNode().put("server", server.toString()).put("station_id", stationId)
                    .put("station_code", stationCode).put("token", token);
            if (enrolledAt != null) {
                node.put("enrolled_at", enrolledAt.toString());
            }
            Path temp = Files.createTempFile(dataDir, "identity-", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), node);
            Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the identity into " + dataDir, e);
        }
    }
}
