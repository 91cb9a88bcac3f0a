package vn.loa.agent;

import org.junit.jupiter.api.extension.ExtendWith;
import vn.loa.scheduler.testing.OnPostgresql;

/** {@link RelayIT} on PostgreSQL, beside its SQLite run in the agent's timing execution (see the module's pom). */
@ExtendWith(OnPostgresql.class)
class RelayOnPostgresqlIT extends RelayIT {
}
