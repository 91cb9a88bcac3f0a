package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.loa.scheduler.domain.access.Credential;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.planning.CampaignStatus;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;

/**
 * One vocabulary, three places: every word enum of the server, the OpenAPI contract's {@code enum} lists
 * and the console's label table ({@code vocabulary.js}) say the same words. A word added in one place and
 * not the others (a new outcome the console cannot label, a status the contract refuses) fails here.
 */
class VocabularyTest {

    /** The enums on the wire, with the console's group for each (null: the console shows no label for it). */
    private static final Map<Class<? extends Word>, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(Outcome.class, "outcome");
        WORDS.put(SiteState.class, "site_state");
        WORDS.put(ProgramStatus.class, "program_status");
        WORDS.put(CampaignStatus.class, "campaign_status");
        WORDS.put(ProgramKind.class, "program_kind");
        WORDS.put(Role.class, "role");
        WORDS.put(Priority.class, "priority");
        WORDS.put(FrequencyTarget.Kind.class, "target_kind");
        WORDS.put(Credential.Kind.class, "credential_kind");
        WORDS.put(OrgUnitLevel.class, "org_unit_level");
        WORDS.put(Place.class, "place");
        WORDS.put(Bucket.class, null);
    }

    private static final Pattern GROUP = Pattern.compile("^  (\\w+): \\{$");
    private static final Pattern ENTRY = Pattern.compile("^    (\\w+): \\['([^']+)', '([^']+)'\\]");

    private static List<Set<String>> contractLists;
    private static Map<String, List<String>> consoleTable;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream("openapi/loa-api.yaml")) {
            assertNotNull(in, "the contract is on the classpath");
            contractLists = new ArrayList<>();
            collectEnums(new Yaml().load(in), contractLists);
        }
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream("loa-console/js/vocabulary.js")) {
            assertNotNull(in, "the console's vocabulary is on the classpath");
            consoleTable = new LinkedHashMap<>();
            String group = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher g = GROUP.matcher(line);
                Matcher e = ENTRY.matcher(line);
                if (g.matches()) {
                    group = g.group(1);
                    consoleTable.put(group, new ArrayList<>());
                } else if (e.find() && group != null) {
                    consoleTable.get(group).add(e.group(1));
                    assertFalse(e.group(2).isBlank() || e.group(3).isBlank(), "a label in both languages: " + line);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectEnums(Object node, List<Set<String>> into) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("enum") instanceof List<?> values && values.stream().allMatch(v -> v instanceof String)) {
                into.add(new LinkedHashSet<>((List<String>) values));
            }
            map.values().forEach(v -> collectEnums(v, into));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectEnums(v, into));
        }
    }

    private static List<String> wireNames(Class<? extends Word> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::wireName).toList();
    }

    @Test
    void everyWordEnumIsAListOfTheContract() {
        for (Class<? extends Word> type : WORDS.keySet()) {
            Set<String> words = new LinkedHashSet<>(wireNames(type));
            assertTrue(contractLists.contains(words), type.getSimpleName() + " " + words
                    + " is not an enum list of the contract; its lists: " + contractLists);
        }
    }

    @Test
    void theConsoleLabelsEveryWordAndNoOther() {
        WORDS.forEach((type, group) -> {
            if (group != null) {
                assertEquals(wireNames(type), consoleTable.get(group), "vocabulary.js group '" + group + "' against "
                        + type.getSimpleName());
            }
        });
        Set<String> known = new LinkedHashSet<>(WORDS.values());
        consoleTable.keySet().forEach(group -> assertTrue(known.contains(group),
                "vocabulary.js labels '" + group + "', which no server enum holds"));
    }

    @Test
    void everyWordHasAVietnameseName() {
        WORDS.keySet().forEach(type -> Arrays.stream(type.getEnumConstants()).forEach(word ->
                assertFalse(word.vietnamese() == null || word.vietnamese().isBlank(), type.getSimpleName() + "." + word.name())));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyWireNameReadsBackAsItsWordAndNothingElseDoes() {
        for (Class<? extends Word> type : WORDS.keySet()) {
            Class enumType = type;
            for (Word word : type.getEnumConstants()) {
                assertEquals(word.name().toLowerCase(Locale.ROOT), word.wireName());
                assertEquals(Optional.of(word), Word.fromWire(enumType, word.wireName()));
                assertEquals(Optional.empty(), Word.fromWire(enumType, word.name().toUpperCase(Locale.ROOT)),
                        "the store and the wire write words in lower case only");
            }
            assertEquals(Optional.empty(), Word.fromWire(enumType, "không_có"));
            assertEquals(Optional.empty(), Word.fromWire(enumType, null));
        }
    }
}
