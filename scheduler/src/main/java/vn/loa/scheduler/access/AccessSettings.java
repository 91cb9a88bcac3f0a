package vn.loa.scheduler.access;

import java.time.Duration;

/**
 * Timeouts and lifetimes of console sessions and enrolment codes.
 *
 * @param secureCookies true when the server speaks HTTPS, so cookies carry {@code Secure}
 */
public record AccessSettings(Duration sessionIdle, Duration sessionAbsolute, Duration enrolmentCodeTtl,
                             boolean secureCookies) {
}
