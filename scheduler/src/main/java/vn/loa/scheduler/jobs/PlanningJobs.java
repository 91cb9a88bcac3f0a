package vn.loa.scheduler.jobs;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.publishing.SchedulePublisher;

/**
 * What happens at a wall-clock time (DESIGN §5), on Quartz (in memory on SQLite; on PostgreSQL in its clustered
 * JDBC store, so that each job fires once however many instances run): every night at
 * 00:15 (Asia/Ho_Chi_Minh) the horizon is extended by publishing again; after a change that affects
 * schedules, a re-plan runs a few seconds later, once however many changes came in between. Nothing
 * is kept in Quartz between runs: at start the jobs are made again and one re-plan runs, so state is
 * rebuilt from the store. Periodic jobs (the silent-station check, webhook delivery) run on the same
 * scheduler; the daily roll-up needs no job, since it is kept in the transaction of each record.
 */
public final class PlanningJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningJobs.class);
    private static final JobKey NIGHTLY = JobKey.jobKey("extend-horizon", "planning");
    private static final JobKey REPLAN = JobKey.jobKey("replan", "planning");
    private static final TriggerKey REPLAN_TRIGGER = TriggerKey.triggerKey("replan-soon", "planning");
    static final int DEBOUNCE_SECONDS = 3;
    private static final String CLUSTER_NAME = "loa";

    private final Scheduler quartz;

    private PlanningJobs(Scheduler quartz) {
        this.quartz = quartz;
    }

    /** A job that runs every {@code everySeconds}, e.g. the silent-station check. */
    public record Periodic(String name, int everySeconds, Runnable task) {
    }

    /** What Quartz runs for every job here: a task; a failure is logged and the next run comes as planned. */
    static final class TaskJob implements Job {
        private final String name;
        private final Runnable task;
        private final Consumer<String> ran;

        TaskJob(String name, Runnable task, Consumer<String> ran) {
            this.name = name;
            this.task = task;
            this.ran = ran;
        }

        @Override
        public void execute(JobExecutionContext context) {
            ran.accept(name);
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("[jobs] {} failed", name, e);
            }
        }
    }

    /**
     * @param clusterJdbcUrl the PostgreSQL store's JDBC address: the jobs are kept there, in Quartz's clustered job
     *                       store, so each fires on one instance of all those over the database; null: in memory
     * @param ran            told the job's name as each run begins (the metrics count them)
     */
    public static PlanningJobs start(SchedulePublisher publisher, ZoneId zone, List<Periodic> periodic, String clusterJdbcUrl,
                                     Consumer<String> ran) {
        try {
            Scheduler quartz = clusterJdbcUrl == null ? inMemory(publisher) : clustered(clusterJdbcUrl);
            Map<String, Periodic> byName = new HashMap<>();
            periodic.forEach(job -> byName.put(job.name(), job));
            quartz.setJobFactory((bundle, scheduler) -> {
                String name = bundle.getJobDetail().getKey().getName();
                Periodic job = byName.get(name);
                // the nightly extension and the debounced re-plan both publish the horizon
                return job == null ? new TaskJob(name, publisher::publish, ran) : new TaskJob(name, job.task(), ran);
            });
            // replace: in the clustered store the jobs of an earlier start, or of another instance, are already there
            for (Periodic job : periodic) {
                JobKey key = JobKey.jobKey(job.name(), "reports");
                quartz.scheduleJob(JobBuilder.newJob(TaskJob.class).withIdentity(key).build(),
                        Set.of(TriggerBuilder.newTrigger().withIdentity(job.name(), "reports").forJob(key)
                                .startAt(new Date(System.currentTimeMillis() + job.everySeconds() * 1000L))
                                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(job.everySeconds())
                                        .withMisfireHandlingInstructionNextWithRemainingCount())
                                .build()), true);
            }
            JobDetail nightly = JobBuilder.newJob(TaskJob.class).withIdentity(NIGHTLY).storeDurably().build();
            quartz.scheduleJob(nightly, Set.of(TriggerBuilder.newTrigger().withIdentity("nightly", "planning").forJob(NIGHTLY)
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(0, 15).inTimeZone(TimeZone.getTimeZone(zone)))
                    .build()), true);
            quartz.addJob(JobBuilder.newJob(TaskJob.class).withIdentity(REPLAN).storeDurably().build(), true);
            quartz.start();
            PlanningJobs jobs = new PlanningJobs(quartz);
            jobs.replanSoon();
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
        }
    }

    private static Scheduler inMemory(SchedulePublisher publisher) throws SchedulerException {
        Properties p = common();
        p.setProperty("org.quartz.scheduler.instanceName", "loa-" + System.identityHashCode(publisher));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return new StdSchedulerFactory(p).getScheduler();
    }

    /**
     * Quartz's JDBC job store on the PostgreSQL store (tables of V31), clustered: every instance names the scheduler
     * alike and checks in every second; a trigger fires on one of them, and the jobs of an instance that stops
     * checking in are taken over by another.
     */
    private static Scheduler clustered(String jdbcUrl) throws SchedulerException {
        Properties p = common();
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.dataSource", "loa");
        p.setProperty("org.quartz.dataSource.loa.provider", "hikaricp");
        p.setProperty("org.quartz.dataSource.loa.driver", "org.postgresql.Driver");
        p.setProperty("org.quartz.dataSource.loa.URL", jdbcUrl);
        p.setProperty("org.quartz.dataSource.loa.maxConnections", "3");
        StdSchedulerFactory factory = new StdSchedulerFactory(p);
        Scheduler quartz = factory.getScheduler();
        // Quartz keeps one scheduler per name in the JVM; a second instance in the same JVM (a test's) needs its own
        SchedulerRepository.getInstance().remove(CLUSTER_NAME);
        return quartz;
    }

    private static Properties common() {
        Properties p = new Properties();
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        return p;
    }

    /** Re-plans a few seconds from now; a later call moves the time instead of adding a run. */
    public void replanSoon() {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(REPLAN_TRIGGER).forJob(REPLAN)
                .startAt(new Date(System.currentTimeMillis() + DEBOUNCE_SECONDS * 1000L)).build();
        try {
            if (quartz.checkExists(REPLAN_TRIGGER)) {
                quartz.rescheduleJob(REPLAN_TRIGGER, trigger);
            } else {
                try {
                    quartz.scheduleJob(trigger);
                } catch (ObjectAlreadyExistsException another) {
                    // another instance scheduled one in between: move it instead
                    quartz.rescheduleJob(REPLAN_TRIGGER, trigger);
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("[planning] could not schedule a re-plan: {}", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("[planning] Quartz did not stop cleanly: {}", e.toString());
        }
    }
}
