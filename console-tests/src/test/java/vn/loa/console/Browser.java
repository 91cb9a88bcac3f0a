package vn.loa.console;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real headless Chromium for a test class (one browser, a fresh context per test). After each test the
 * final page is saved as {@code target/screenshots/Class-method.png} for a reviewer to look at.
 * Register with {@code @RegisterExtension static final Browser BROWSER = new Browser();}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The flags this machine needs: no sandbox as root, and no calls to Google's hosts on a closed network. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;
    private BrowserContext context;
    private Page page;
    private int width = 1280;

    @Override
    public void beforeAll(ExtensionContext extension) {
        Path chromium = Chromium.executable();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(ARGS));
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        open(1280, 900);
    }

    /** A fresh context at this viewport (a 360-px phone, an office PC), with Vietnamese as the browser's language. */
    Page open(int viewportWidth, int viewportHeight) {
        if (context != null) {
            context.close();
        }
        width = viewportWidth;
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(viewportWidth, viewportHeight).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        return page;
    }

    Page page() {
        return page;
    }

    int width() {
        return width;
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (page != null) {
            String name = extension.getRequiredTestClass().getSimpleName() + "-" + extension.getRequiredTestMethod().getName();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
