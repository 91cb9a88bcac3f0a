package vn.loa.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Optional;
import vn.loa.proof.RecordSignature;

/**
 * The PC's Ed25519 key pair that signs its as-run records ({@code DATA/signing.key}), made the first time the
 * agent enrols on this PC and kept when it enrols again, so one PC's records are one chain. Readable by its owner
 * only where the file system allows; written whole or not at all, as the identity is.
 *
 * @param created true when it was made just now (the PC's first enrolment: a new chain)
 */
public record SigningKey(String publicKey, PrivateKey privateKey, boolean created) {

    static final String FILE = "signing.key";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<SigningKey> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(new SigningKey(node.get("public_key").asText(),
                    RecordSignature.privateKey(node.get("private_key").asText()), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The PC's key, made and kept now if it has none. */
    public static SigningKey loadOrCreate(Path dataDir) {
        return load(dataDir).orElseGet(() -> create(dataDir));
    }

    private static SigningKey create(Path dataDir) {
        KeyPair pair = RecordSignature.newKeyPair();
        SigningKey key = new SigningKey(RecordSignature.publicKeyText(pair.getPublic()), pair.getPrivate(), true);
        try {
            Files.createDirectories(dataDir);
            Path temp = Files.createTempFile(dataDir, "signing-", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), JSON.createObjectNode()
                    .put("public_key", key.publicKey()).put("private_key", RecordSignature.privateKeyText(pair.getPrivate())));
            Files.move(temp, dataDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing key into " + dataDir, e);
        }
        return key;
    }
}
