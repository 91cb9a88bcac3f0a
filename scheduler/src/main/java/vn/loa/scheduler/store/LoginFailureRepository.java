package vn.loa.scheduler.store;

import java.util.Optional;
import vn.loa.scheduler.domain.access.LoginFailure;

/** Counters of consecutive failed logins per account and per address. */
public interface LoginFailureRepository {

    Optional<LoginFailure> find(String key);

    void save(LoginFailure failure);

    void clear(String key);
}
