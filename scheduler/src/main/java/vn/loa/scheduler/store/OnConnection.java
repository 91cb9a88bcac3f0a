package vn.loa.scheduler.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a transaction's connection itself: for what needs more than the repositories (savepoints). */
@FunctionalInterface
interface OnConnection<T> {
    T run(Connection connection) throws SQLException;
}
