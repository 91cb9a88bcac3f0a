package vn.loa.scheduler.jobs;

import java.time.ZoneId;
import java.util.Date;
import java.util.Properties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.planning.SchedulePublisher;

/**
 * What happens at a wall-clock time (DESIGN §5), on Quartz with its in-memory job store: every night at
 * 00:15 (Asia/Ho_Chi_Minh) the horizon is extended by publishing again; after a change that affects
 * schedules, a re-plan runs a few seconds later, once however many changes came in between. Nothing
 * is kept in Quartz between runs: at start the jobs are made again and one re-plan runs, so state is
 * rebuilt from the store. Later issues add the roll-up and silent-station jobs here.
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

    /** The job Quartz runs: publish the horizon. */
    static final class PublishJob implements Job {
        private final SchedulePublisher publisher;

        PublishJob(SchedulePublisher publisher) {
            this.publisher = publisher;
        }

        @Override
        public void execute(org.quartz.JobExecutionContext context) {
            try {
                publisher.publish();
            } catch (RuntimeException e) {
                LOG.error("[planning] publishing failed", e);
            }
        }
    }

    public static PlanningJobs start(SchedulePublisher publisher, ZoneId zone) {
        try {
            Properties p = new Properties();
            p.setProperty("org.quartz.scheduler.instanceName", "loa-" + System.identityHashCode(publisher));
            p.setProperty("org.quartz.threadPool.threadCount", "1");
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            Scheduler quartz = new StdSchedulerFactory(p).getScheduler();
            quartz.setJobFactory((bundle, scheduler) -> new PublishJob(publisher));
            JobDetail nightly = JobBuilder.newJob(PublishJob.class).withIdentity(NIGHTLY).storeDurably().build();
            quartz.scheduleJob(nightly, TriggerBuilder.newTrigger().withIdentity("nightly", "planning").forJob(NIGHTLY)
                    .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(0, 15).inTimeZone(TimeZone.getTimeZone(zone)))
                    .build());
            quartz.addJob(JobBuilder.newJob(PublishJob.class).withIdentity(REPLAN).storeDurably().build(), true);
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
