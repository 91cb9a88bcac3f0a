package vn.loa.scheduler.http;

import vn.loa.scheduler.access.AuditLog;
import vn.loa.scheduler.access.SignIns;
import vn.loa.scheduler.access.Users;
import vn.loa.scheduler.agents.AgentCredentials;
import vn.loa.scheduler.agents.StationAgents;
import vn.loa.scheduler.campaigns.Campaigns;
import vn.loa.scheduler.imports.Imports;
import vn.loa.scheduler.notices.Notices;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.registry.OrgUnits;
import vn.loa.scheduler.registry.PlanningGroups;
import vn.loa.scheduler.registry.Sites;
import vn.loa.scheduler.registry.Stations;
import vn.loa.scheduler.handplans.HandPlans;
import vn.loa.scheduler.portal.Portal;
import vn.loa.scheduler.relays.RelaySlots;
import vn.loa.scheduler.relays.RelaySources;
import vn.loa.scheduler.reports.Reports;
import vn.loa.scheduler.reports.SignedLogs;

/**
 * The use cases the routes call, one per room: each checks, scopes, writes and audits; a route parses,
 * calls and renders. The demo and the command line call the same ones.
 */
public record Services(SignIns signIns, Users users, AuditLog auditLog, OrgUnits units, Stations stations, Sites sites,
                       PlanningGroups planningGroups,
                       Imports imports,
                       AgentCredentials credentials, StationAgents agents, ProgramLibrary programs, Campaigns campaigns,
                       Notices notices, Reports reports, Portal portal, HandPlans hand,
                       RelaySources relaySources, RelaySlots relaySlots, SignedLogs signedLogs) {
}
