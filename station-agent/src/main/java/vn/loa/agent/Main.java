package vn.loa.agent;

/**
 * {@code java -jar loa-agent.jar …}: the station agent. This build only describes itself; enrolment,
 * sync, playout and the as-run outbox arrive with the agent issue (#6).
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "Loa — phần mềm đài truyền thanh xã / station agent",
            "Cách dùng / Usage:",
            "  java -jar loa-agent.jar enroll --server URL --code CODE --data DIR",
            "  java -jar loa-agent.jar run --data DIR [--sink javasound|file:DIR|command:…]",
            "  java -jar loa-agent.jar status --data DIR",
            "Phiên bản này chưa có các lệnh trên (đang xây dựng). / This build does not have these commands yet.");

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println(USAGE);
        if (args.length > 0 && !args[0].equals("help") && !args[0].equals("--help")) {
            System.exit(2);
        }
    }
}
