package vn.loa.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The console as a user drives it: sign in, open a page by its address and wait until it is whole. */
final class Console {

    private final Page page;
    private final String base;

    Console(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    Page page() {
        return page;
    }

    /** Signs in through the form and waits for the dashboard. */
    Console signIn(String username, String password) {
        return signIn(username, password, "dashboard");
    }

    /** Signs in through the form and waits for the page the console shows next ({@code password} for a one-time password). */
    Console signIn(String username, String password, String landing) {
        openSignIn();
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.locator("#login-form button[type=submit]").click();
        ready(landing);
        return this;
    }

    /** Opens the console with no session: the sign-in form. */
    Console openSignIn() {
        page.navigate(base + "/");
        ready("login");
        return this;
    }

    /** Opens {@code #/route} (e.g. {@code programs/3?x=y}) and waits until the page has rendered. */
    Console open(String route) {
        page.navigate(base + "/#/" + route);
        ready(route.split("\\?")[0]);
        return this;
    }

    /** Waits until the page with this route path has finished rendering. */
    Console ready(String path) {
        page.locator("main[aria-busy=false][data-route=\"" + path + "\"]").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return this;
    }

    /** Waits until a whole page whose heading contains this text is shown (after a form moved on to it). */
    Console heading(String text) {
        page.locator("main[aria-busy=false] h1", new Page.LocatorOptions().setHasText(text)).waitFor();
        return this;
    }

    String mainText() {
        return page.locator("main").innerText();
    }
}
