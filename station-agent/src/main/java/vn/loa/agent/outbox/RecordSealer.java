package vn.loa.agent.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.util.Map;
import vn.loa.agent.store.AgentState;
import vn.loa.proof.AttestedRecord;
import vn.loa.proof.RecordSignature;

/**
 * Signs each record as it enters the outbox and chains it to the one before: the record names the previous
 * record's hash and carries an Ed25519 signature over its canonical text, computed from the very JSON the server
 * receives. The chain's head (the last record's hash) is kept with the key that made it, so a new key starts a new
 * chain. Called inside the outbox's transaction: a record and the head move together.
 */
final class RecordSealer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    static final String HEAD = "chain_head";
    static final String HEAD_KEY = "chain_key";

    private final long stationId;
    private final String publicKey;
    private final PrivateKey privateKey;

    RecordSealer(long stationId, String publicKey, PrivateKey privateKey) {
        this.stationId = stationId;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The record's JSON with {@code prev_hash} and {@code signature}; the head moves on to it. */
    String seal(String json, AgentState state) {
        String previous = publicKey.equals(state.get(HEAD_KEY).orElse(null))
                ? state.get(HEAD).orElse(AttestedRecord.GENESIS) : AttestedRecord.GENESIS;
        try {
            ObjectNode record = (ObjectNode) JSON.readTree(json);
            record.put("prev_hash", previous);
            AttestedRecord attested = AttestedRecord.fromWire(stationId, JSON.convertValue(record, FIELDS));
            record.put("signature", RecordSignature.sign(privateKey, attested.canonical()));
            state.set(HEAD, attested.hash());
            state.set(HEAD_KEY, publicKey);
            return record.toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a record the agent wrote is not JSON", e);
        }
    }
}
