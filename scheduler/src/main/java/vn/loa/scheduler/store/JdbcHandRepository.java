package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.hand.DayOff;
import vn.loa.scheduler.domain.hand.RecurringSlot;
import vn.loa.scheduler.domain.hand.ScheduleEdit;

final class JdbcHandRepository implements HandRepository {

    private final Sql sql;

    JdbcHandRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insertEdit(ScheduleEdit e) {
        return sql.insert(HandSql.INSERT_EDIT, e.stationId(), e.day().toString(), e.kind(), e.programId(), e.campaignId(),
                e.fromSecond(), e.atSecond(), e.reason(), e.createdBy(), Sql.text(e.createdAt()));
    }

    @Override
    public Optional<ScheduleEdit> edit(long id) {
        return sql.one(HandSql.EDIT, JdbcHandRepository::edit, id);
    }

    @Override
    public List<ScheduleEdit> edits(long stationId, LocalDate from, LocalDate to) {
        return sql.list(HandSql.EDITS_OF_STATION, JdbcHandRepository::edit, stationId, from.toString(), to.toString());
    }

    @Override
    public List<ScheduleEdit> edits(LocalDate from, LocalDate to) {
        return sql.list(HandSql.EDITS, JdbcHandRepository::edit, from.toString(), to.toString());
    }

    @Override
    public void withdrawEdit(long id, Instant at, String by) {
        sql.update(HandSql.WITHDRAW_EDIT, Sql.text(at), by, id);
    }

    private static ScheduleEdit edit(ResultSet r) throws SQLException {
        Long from = Sql.nullableLong(r, "from_second");
        Long at = Sql.nullableLong(r, "at_second");
        return new ScheduleEdit(r.getLong("id"), r.getLong("station_id"), LocalDate.parse(r.getString("day")),
                r.getString("kind"), r.getLong("program_id"), Sql.nullableLong(r, "campaign_id"),
                from == null ? null : from.intValue(), at == null ? null : at.intValue(), r.getString("reason"),
                r.getString("created_by"), Sql.instant(r, "created_at"), Sql.instant(r, "withdrawn_at"));
    }

    @Override
    public long insertDayOff(DayOff d) {
        return sql.insert(HandSql.INSERT_DAY_OFF, d.kind(), d.scopeCode(), d.scopeCode(), d.stationId(),
                d.firstDay().toString(), d.lastDay().toString(), d.reason(), d.createdBy(), Sql.text(d.createdAt()));
    }

    @Override
    public Optional<DayOff> dayOff(long id) {
        return sql.one(HandSql.DAY_OFF, JdbcHandRepository::dayOff, id);
    }

    @Override
    public List<DayOff> daysOff(LocalDate from, LocalDate to) {
        return sql.list(HandSql.DAYS_OFF, JdbcHandRepository::dayOff, from.toString(), to.toString());
    }

    @Override
    public void withdrawDayOff(long id, Instant at) {
        sql.update(HandSql.WITHDRAW_DAY_OFF, Sql.text(at), id);
    }

    private static DayOff dayOff(ResultSet r) throws SQLException {
        return new DayOff(r.getLong("id"), r.getString("kind"), r.getString("scope_code"), Sql.nullableLong(r, "station_id"),
                LocalDate.parse(r.getString("first_day")), LocalDate.parse(r.getString("last_day")), r.getString("reason"),
                r.getString("created_by"), Sql.instant(r, "created_at"));
    }

    @Override
    public long insertSlot(RecurringSlot s) {
        String weekdays = Weekdays.wireList(s.weekdays());
        return sql.insert(HandSql.INSERT_SLOT, s.name(), s.programId(), s.scopeCode(), s.scopeCode(), s.stationId(),
                s.startMinute(), s.weekly() ? 1 : 0, weekdays, s.every(), s.firstDay().toString(),
                s.lastDay() == null ? null : s.lastDay().toString(), s.createdBy(), Sql.text(s.createdAt()));
    }

    @Override
    public Optional<RecurringSlot> slot(long id) {
        return sql.one(HandSql.SLOT, JdbcHandRepository::slot, id);
    }

    @Override
    public List<RecurringSlot> slots(LocalDate from, LocalDate to) {
        return sql.list(HandSql.SLOTS, JdbcHandRepository::slot, to.toString(), from.toString());
    }

    @Override
    public void retireSlot(long id, Instant at) {
        sql.update(HandSql.RETIRE_SLOT, Sql.text(at), id);
    }

    private static RecurringSlot slot(ResultSet r) throws SQLException {
        Set<DayOfWeek> days = Weekdays.parseList(r.getString("weekdays"));
        return new RecurringSlot(r.getLong("id"), r.getString("name"), r.getLong("program_id"), r.getString("scope_code"),
                Sql.nullableLong(r, "station_id"), r.getInt("start_minute"), r.getInt("weekly") == 1, days, r.getInt("every"),
                LocalDate.parse(r.getString("first_day")), Sql.nullableDate(r, "last_day"), r.getString("created_by"),
                Sql.instant(r, "created_at"));
    }
}
