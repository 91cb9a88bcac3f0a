package vn.loa.scheduler.http;

import static vn.loa.scheduler.domain.access.Role.ADMIN;
import static vn.loa.scheduler.domain.access.Role.PLANNER;
import static vn.loa.scheduler.domain.access.Role.SUPERVISOR;

import java.util.Map;
import java.util.Optional;

/**
 * Every route of the API and who may call it, in one table keyed by OpenAPI operationId. The server
 * refuses to start if the contract has an operation missing here; the authorisation matrix test
 * walks the same operations with every kind of caller.
 */
final class AccessRules {

    private static final Map<String, AccessRule> RULES = Map.ofEntries(
            Map.entry("health", AccessRule.publicRoute()),

            // the portal (issue 19): only what planners made public, to anyone
            Map.entry("getPublicUnitPage", AccessRule.publicRoute()),
            Map.entry("getPublicUnitFeed", AccessRule.publicRoute()),
            Map.entry("getPublicCampaignPage", AccessRule.publicRoute()),
            Map.entry("getPublicCampaignFeed", AccessRule.publicRoute()),
            Map.entry("getPublicCampaignEmbed", AccessRule.publicRoute()),
            Map.entry("getPublicAudio", AccessRule.publicRoute()),
            Map.entry("headPublicAudio", AccessRule.publicRoute()),
            Map.entry("getProgramPublic", AccessRule.anyUser()),
            Map.entry("setProgramPublic", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("getCampaignPublic", AccessRule.anyUser()),
            Map.entry("setCampaignPublic", AccessRule.users(ADMIN, PLANNER)),

            Map.entry("login", AccessRule.publicRoute()),
            Map.entry("getSession", AccessRule.anyUser().evenBeforePasswordChange()),
            Map.entry("logout", AccessRule.anyUser().evenBeforePasswordChange()),
            Map.entry("changePassword", AccessRule.anyUser().evenBeforePasswordChange()),
            Map.entry("setLanguage", AccessRule.anyUser().evenBeforePasswordChange()),

            Map.entry("listOrgUnits", AccessRule.anyUser()),
            Map.entry("getOrgUnit", AccessRule.anyUser()),
            Map.entry("createOrgUnit", AccessRule.users(ADMIN)),
            Map.entry("updateOrgUnit", AccessRule.users(ADMIN)),
            Map.entry("deleteOrgUnit", AccessRule.users(ADMIN)),
            Map.entry("getProvinceSettings", AccessRule.anyUser()),
            Map.entry("getStationsNow", AccessRule.anyUser()),
            Map.entry("streamEvents", AccessRule.anyUser()),
            Map.entry("getWeekGrid", AccessRule.anyUser()),
            Map.entry("createScheduleEdit", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("withdrawScheduleEdit", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("listScheduleEdits", AccessRule.anyUser()),
            Map.entry("listDaysOff", AccessRule.anyUser()),
            Map.entry("createDayOff", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("withdrawDayOff", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("listRecurringSlots", AccessRule.anyUser()),
            Map.entry("createRecurringSlot", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("retireRecurringSlot", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("getStationFallback", AccessRule.anyUser()),
            Map.entry("setStationFallback", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("getUnitFallback", AccessRule.anyUser()),
            Map.entry("setUnitFallback", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("listRelaySources", AccessRule.anyUser()),
            Map.entry("createRelaySource", AccessRule.users(ADMIN)),
            Map.entry("updateRelaySource", AccessRule.users(ADMIN)),
            Map.entry("retireRelaySource", AccessRule.users(ADMIN)),
            Map.entry("testRelayStream", AccessRule.users(ADMIN)),
            Map.entry("listRelaySlots", AccessRule.anyUser()),
            Map.entry("createRelaySlot", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("endRelaySlot", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("setProvinceSettings", AccessRule.users(ADMIN)),
            Map.entry("importOrgUnits", AccessRule.users(ADMIN)),

            Map.entry("listStations", AccessRule.anyUser()),
            Map.entry("getStation", AccessRule.anyUser().orStation()),
            Map.entry("createStation", AccessRule.users(ADMIN)),
            Map.entry("updateStation", AccessRule.users(ADMIN)),
            Map.entry("deleteStation", AccessRule.users(ADMIN)),
            Map.entry("importStations", AccessRule.users(ADMIN)),

            Map.entry("listUsers", AccessRule.users(ADMIN)),
            Map.entry("createUser", AccessRule.users(ADMIN)),
            Map.entry("getUser", AccessRule.users(ADMIN)),
            Map.entry("updateUser", AccessRule.users(ADMIN)),
            Map.entry("resetUserPassword", AccessRule.users(ADMIN)),

            Map.entry("listPlanningGroups", AccessRule.anyUser()),
            Map.entry("getPlanningGroup", AccessRule.anyUser()),
            Map.entry("createPlanningGroup", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("updatePlanningGroup", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("deletePlanningGroup", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("importPlanningGroups", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("listSites", AccessRule.anyUser()),
            Map.entry("createSite", AccessRule.users(ADMIN)),
            Map.entry("retireSite", AccessRule.users(ADMIN)),
            Map.entry("deleteSite", AccessRule.users(ADMIN)),
            Map.entry("updateSite", AccessRule.users(ADMIN)),
            Map.entry("issueSiteEnrolmentCode", AccessRule.users(ADMIN)),
            Map.entry("issueEnrolmentCode", AccessRule.users(ADMIN)),
            Map.entry("listCredentials", AccessRule.users(ADMIN)),
            Map.entry("revokeCredential", AccessRule.users(ADMIN)),

            Map.entry("enrolAgent", AccessRule.publicRoute()),
            Map.entry("rotateAgentToken", AccessRule.stationOnly()),
            Map.entry("getStationSchedule", AccessRule.anyUser().orStation()),
            Map.entry("awaitScheduleChange", AccessRule.anyUser().orStation()),
            Map.entry("postHeartbeat", AccessRule.stationOnly()),
            Map.entry("getServerTime", AccessRule.stationOnly()),
            Map.entry("postAsRunRecords", AccessRule.stationOnly()),

            Map.entry("listAsRunLog", AccessRule.anyUser()),
            Map.entry("getFrequency", AccessRule.anyUser()),
            Map.entry("getCompliance", AccessRule.anyUser()),
            Map.entry("listSilentStations", AccessRule.anyUser()),
            Map.entry("getDaySummary", AccessRule.anyUser()),
            Map.entry("getMonitoringReport", AccessRule.anyUser()),
            Map.entry("getRelayCompliance", AccessRule.anyUser()),
            Map.entry("exportSignedLog", AccessRule.anyUser()),
            Map.entry("getStationChains", AccessRule.anyUser()),

            Map.entry("listPrograms", AccessRule.anyUser()),
            Map.entry("getProgram", AccessRule.anyUser()),
            Map.entry("uploadProgram", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("updateProgram", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("approveProgram", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("retireProgram", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("deleteProgram", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("getMedia", AccessRule.anyUser().orStation()),
            Map.entry("headMedia", AccessRule.anyUser().orStation()),

            Map.entry("listCampaigns", AccessRule.anyUser()),
            Map.entry("getCampaign", AccessRule.anyUser()),
            Map.entry("createCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("updateCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("publishCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("closeCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("deleteCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("cloneCampaign", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("getCampaignFeasibility", AccessRule.anyUser()),
            Map.entry("issueNotice", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("previewNotice", AccessRule.users(ADMIN, PLANNER)),
            Map.entry("listNotices", AccessRule.anyUser()),
            Map.entry("getNotice", AccessRule.anyUser()),
            Map.entry("cancelNotice", AccessRule.users(ADMIN, PLANNER)),

            Map.entry("listAudit", AccessRule.users(ADMIN, SUPERVISOR)));

    private AccessRules() {
    }

    static Optional<AccessRule> forOperation(String operationId) {
        return Optional.ofNullable(RULES.get(operationId));
    }
}
