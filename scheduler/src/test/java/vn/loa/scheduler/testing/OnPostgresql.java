package vn.loa.scheduler.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class on PostgreSQL whatever store its JVM was started for, and puts the JVM's choice back after it.
 * For the twins of tests that wait on real time and measure it (a test class extended with this and nothing else):
 * they run side by side with their SQLite originals in one execution, where a second execution after the first would
 * add their whole length to the build again.
 */
public final class OnPostgresql implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OnPostgresql.class);
    private static final String NONE = "";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("before", System.getProperty(TestPostgres.STORE_PROPERTY, NONE));
        System.setProperty(TestPostgres.STORE_PROPERTY, "postgresql");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String before = context.getStore(HERE).get("before", String.class);
        if (before == null || before.equals(NONE)) {
            System.clearProperty(TestPostgres.STORE_PROPERTY);
        } else {
            System.setProperty(TestPostgres.STORE_PROPERTY, before);
        }
    }
}
