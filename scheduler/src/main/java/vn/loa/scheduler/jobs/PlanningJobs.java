package vn.loa.scheduler.jobs;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.publishing.SchedulePublisher;

/**
 * What happens at a wall-clock time (DESIGN §5), on Quartz with its in-memory job store: every night at
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

        TaskJob(String name, Runnable task) {
            this.name = name;
            this.task = task;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("[jobs] {} failed", name, e);
            }
        }
    }

    public static PlanningJobs start(SchedulePublisher publisher, ZoneId zone, List<Periodic> periodic) {
        try {
            Properties p = new Properties();
            p.setProperty("org.quartz.scheduler.instanceName", "loa-" + System.identityHashCode(publisher));
            p.setProperty("org.quartz.threadPool.threadCount", "2");
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            Scheduler quartz = new StdSchedulerFactory(p).getScheduler();
            Map<String, Periodic> byName = new HashMap<>();
            periodic.forEach(job -> byName.put(job.name(), job));
            quartz.setJobFactory((bundle, scheduler) -> {
                String name = bundle.getJobDetail().getKey().getName();
                Periodic job = byName.get(name);
                // the nightly extension and the debounced re-plan both publish the horizon
                return job == null ? new TaskJob(name, publisher::publish) : new TaskJob(name, job.task());
            });
            for (Periodic job : periodic) {
                JobKey key = JobKey.jobKey(job.name(), "reports");
                quartz.scheduleJob(JobBuilder.newJob(TaskJob.class).withIdentity(key).build(),
                        TriggerBuilder.newTrigger().withIdentity(job.name(), "reports")
                                .startAt(new Date(System.currentTimeMillis() + job.everySeconds() * 1000L))
                                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(job.everySeconds())
                                        .withMisfireHandlingInstructionNextWithRemainingCount())
                                .build());
            }
            JobDetail nightly = JobBuilder.newJob(TaskJob.class).withIdentity(NIGHTLY).storeDurably().build();
            quartz.scheduleJob(nightly, TriggerBuilder.newTrigger().withIdentity("nightly", "planning").forJob(NIGHTLY)
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(0, 15).inTimeZone(TimeZone.getTimeZone(zone)))
                    .build());
            quartz.addJob(JobBuilder.newJob(TaskJob.class).withIdentity(REPLAN).storeDurably().build(), true);
            quartz.start();
            PlanningJobs jobs = new PlanningJobs(quartz);
            jobs.replanSoon();
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start: " + e.getMessage(), e);
        }
    }

    /** Re-plans a few seconds from now; a later call moves the time instead of adding a run. */
    public void replanSoon() {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(REPLAN_TRIGGER).forJob(REPLAN)
                .startAt(new Date(System.currentTimeMillis() + DEBOUNCE_SECONDS * 1000L)).build();
        try {
            if (quartz.checkExists(REPLAN_TRIGGER)) {
                quartz.rescheduleJob(REPLAN_TRIGGER, trigger);
            } else {
                quartz.scheduleJob(trigger);
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
