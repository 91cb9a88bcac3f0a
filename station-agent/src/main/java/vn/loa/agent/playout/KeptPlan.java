package vn.loa.agent.playout;

import java.util.Optional;
import java.util.function.Supplier;
import vn.loa.agent.store.AgentState;
import vn.loa.agent.store.FallbackPlan;

/**
 * The fallback plan the last sync kept, parsed again only when it changed: playout asks every second, on an
 * old PC, and the plan changes once a day at most.
 */
final class KeptPlan implements Supplier<Optional<FallbackPlan>> {

    private final AgentState state;
    private String text;
    private Optional<FallbackPlan> plan = Optional.empty();

    KeptPlan(AgentState state) {
        this.state = state;
    }

    @Override
    public Optional<FallbackPlan> get() {
        String now = FallbackPlan.kept(state).orElse(null);
        if (now == null) {
            text = null;
            plan = Optional.empty();
        } else if (!now.equals(text)) {
            text = now;
            plan = FallbackPlan.parse(now);
        }
        return plan;
    }
}
