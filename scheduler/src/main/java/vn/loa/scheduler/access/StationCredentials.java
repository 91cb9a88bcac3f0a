package vn.loa.scheduler.access;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.store.Repositories;

import vn.loa.scheduler.domain.access.Credential;
/**
 * Enrolment codes and agent tokens. An admin issues a one-time code (read out over the phone or
 * written on paper) for one site of a station; the agent trades it once for a long random token. A site
 * has one live token: enrolling again (a new PC) or rotating revokes the old one; other sites of the station
 * keep theirs. Only SHA-256 hashes are stored.
 */
public final class StationCredentials {

    public static final String TOKEN_PREFIX = "loa_st_";
    private static final int CODE_LENGTH = 16;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A secret shown once, with the credential it belongs to. */
    public record Issued(String secret, Credential credential) {
    }

    private final Duration codeTtl;

    public StationCredentials(Duration codeTtl) {
        this.codeTtl = codeTtl;
    }

    /** A new enrolment code for a site of the station; the site's earlier unused codes stop working. */
    public Issued issueCode(Repositories r, long stationId, long siteId, Instant now) {
        r.credentials().revokeAll(siteId, Credential.Kind.ENROLMENT_CODE, now);
        String code = Secrets.humanCode(CODE_LENGTH);
        Credential credential = r.credentials().insert(stationId, siteId, Credential.Kind.ENROLMENT_CODE,
                Secrets.sha256(canonical(code)), now, now.plus(codeTtl), null);
        return new Issued(code, credential);
    }

    /** Trades a code for a token; the code is spent and the site's older tokens are revoked. */
    public Issued enrol(Repositories r, String code, Instant now) {
        Optional<Credential> found = r.credentials().findByHash(Secrets.sha256(canonical(code)))
                .filter(c -> c.kind() == Credential.Kind.ENROLMENT_CODE);
        if (found.isEmpty()) {
            throw refused("enrolment_code_invalid", "Mã đăng ký không đúng. Hãy kiểm tra lại từng ký tự.",
                    "The enrolment code is wrong. Check each character.");
        }
        Credential c = found.get();
        if (c.revokedAt() != null || c.usedAt() != null) {
            throw refused("enrolment_code_used", "Mã đăng ký này đã được dùng hoặc đã bị thu hồi. Hãy xin quản trị viên mã mới.",
                    "This enrolment code was already used or revoked. Ask the administrator for a new one.");
        }
        if (!c.usableAt(now)) {
            throw refused("enrolment_code_expired", "Mã đăng ký đã hết hạn. Hãy xin quản trị viên mã mới.",
                    "The enrolment code has expired. Ask the administrator for a new one.");
        }
        r.credentials().markUsed(c.id(), now);
        return newToken(r, c.stationId(), c.siteId(), now, null);
    }

    /** The station a bearer token speaks for, if the token is live (see {@link Resolution} for {@code mayWrite}). */
    public Resolution<Principal.Station> authenticate(Repositories r, String token, Instant now, boolean mayWrite) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Resolution.of(Optional.empty());
        }
        Optional<Credential> found = r.credentials().findByHash(Secrets.sha256(token))
                .filter(c -> c.kind() == Credential.Kind.TOKEN && c.revokedAt() == null);
        if (found.isEmpty()) {
            return Resolution.of(Optional.empty());
        }
        Credential c = found.get();
        Optional<Station> station = r.stations().find(c.stationId());
        if (station.isEmpty()) {
            return Resolution.of(Optional.empty());
        }
        if (c.lastUsedAt() == null || now.isAfter(c.lastUsedAt().plus(TOUCH_EVERY))) {
            if (!mayWrite) {
                return Resolution.writeFirst();
            }
            r.credentials().touch(c.id(), now);
        }
        return Resolution.of(Optional.of(new Principal.Station(c.stationId(), station.get().spec().code(),
                station.get().spec().communeCode(), c.siteId(), c.id(), c.enrolmentId() == null ? 0 : c.enrolmentId())));
    }

    /** A fresh token for the calling station, in the same enrolment; the one it used stops working. */
    public Issued rotate(Repositories r, Principal.Station station, Instant now) {
        return newToken(r, station.stationId(), station.siteId(), now, station.enrolmentId());
    }

    /** {@code enrolmentId} null: the token starts an enrolment of its own (a PC enrolling). */
    private static Issued newToken(Repositories r, long stationId, long siteId, Instant now, Long enrolmentId) {
        r.credentials().revokeAll(siteId, Credential.Kind.TOKEN, now);
        String token = TOKEN_PREFIX + Secrets.token(32);
        Credential credential = r.credentials().insert(stationId, siteId, Credential.Kind.TOKEN, Secrets.sha256(token), now, null,
                enrolmentId);
        return new Issued(token, credential);
    }

    /** Codes are read aloud and retyped: case, spaces and hyphens do not matter. */
    static String canonical(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static DomainException refused(String code, String vi, String en) {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, code, vi, en, new JsonObject());
    }
}
