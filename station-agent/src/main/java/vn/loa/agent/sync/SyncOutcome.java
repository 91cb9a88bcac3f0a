package vn.loa.agent.sync;

/** What one sync attempt achieved; the loop backs off after FAILED and resets after anything else. */
public enum SyncOutcome { UPDATED, UNCHANGED, FAILED }
