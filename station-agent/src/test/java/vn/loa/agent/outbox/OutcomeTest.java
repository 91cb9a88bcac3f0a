package vn.loa.agent.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The agent's outcome words are the ones the server's contract accepts in an as-run record. */
class OutcomeTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAgentSpeaksTheContractsOutcomes() throws IOException {
        try (InputStream in = OutcomeTest.class.getClassLoader().getResourceAsStream("openapi/loa-api.yaml")) {
            assertNotNull(in, "the scheduler's contract is on the test classpath");
            Map<String, Object> contract = new Yaml().load(in);
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
            Map<String, Object> record = (Map<String, Object>) schemas.get("AsRunRecord");
            assertNotNull(record, "the contract describes an as-run record: " + schemas.keySet());
            Map<String, Object> outcome = (Map<String, Object>) ((Map<String, Object>) record.get("properties")).get("outcome");
            Set<String> accepted = new LinkedHashSet<>((List<String>) outcome.get("enum"));
            Set<String> spoken = new LinkedHashSet<>(Arrays.stream(Outcome.values()).map(Outcome::wireName).toList());
            assertEquals(accepted, spoken);
        }
    }
}
