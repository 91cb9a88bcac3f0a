package vn.loa.scheduler.planning;

/** An airing a campaign asks for on one day; a make-up repays one that was missed before. */
record AiringRequest(PlanningInput.Campaign campaign, PlanningInput.Program program, boolean makeUp) {

    AiringRequest(PlanningInput.Campaign campaign, PlanningInput.Program program) {
        this(campaign, program, false);
    }
}
