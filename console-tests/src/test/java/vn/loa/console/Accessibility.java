package vn.loa.console;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core over the page as it is now: no serious or critical violation is allowed. */
final class Accessibility {

    private Accessibility() {
    }

    static void check(Page page, String where) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        if (!bad.isEmpty()) {
            fail("axe-core on " + where + ": " + bad.stream().map(r -> r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                    + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
    }
}
