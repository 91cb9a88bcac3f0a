package vn.loa.scheduler.config;

/**
 * Limits that keep one caller from harming the others (issue 15).
 *
 * @param maxSequenceJump          how far ahead of its station's highest sequence an as-run record may be numbered
 * @param maxConnectionsPerAddress open connections one address may hold (trusted proxies are exempt)
 * @param headerTimeoutSeconds     a connection's next request must have sent its headers within this long
 * @param bodyTimeoutSeconds       a request's JSON body must have arrived within this long
 * @param uploadTimeoutSeconds     the same for a program upload or an import file
 * @param idleTimeoutSeconds       a connection with no traffic either way is closed after this long
 * @param maxLongPolls             schedule long polls held at once; beyond, they answer at once
 * @param trustedProxies           addresses or CIDR ranges whose X-Forwarded-For is believed
 * @param reportWorkers            report reads run at once, on a pool of their own
 * @param reportTimeLimitSeconds   a report read running longer is stopped (503, with advice)
 * @param maxPublicRequests        public portal requests (pages, feeds, audio) served at once; beyond, 503: a burst
 *                                 of listeners never takes the workers the agents' routes need
 * @param portalFrameAncestors     origins whose pages may frame the public pages (a province's portal); none: no one
 * @param tokenCacheSeconds        how long a station token found live is believed without a store read
 */
public record Safeguards(long maxSequenceJump, int maxConnectionsPerAddress, int headerTimeoutSeconds,
                         int bodyTimeoutSeconds, int uploadTimeoutSeconds, int idleTimeoutSeconds, int maxLongPolls,
                         ProxyRanges trustedProxies, int reportWorkers, int reportTimeLimitSeconds, int maxPublicRequests,
                         java.util.List<String> portalFrameAncestors, int tokenCacheSeconds) {
}
