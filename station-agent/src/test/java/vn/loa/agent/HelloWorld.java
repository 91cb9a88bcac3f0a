package vn.loa.agent;

/** The smallest JVM the agent's memory is compared with: prints and waits. */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("Xin chào");
        Thread.sleep(120_000);
    }
}
