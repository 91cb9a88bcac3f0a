package vn.loa.agent;

/** The version this agent was built as, from its jar's manifest; "unknown" when run from classes (tests). */
public final class AgentVersion {

    private AgentVersion() {
    }

    public static String current() {
        String version = AgentVersion.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
