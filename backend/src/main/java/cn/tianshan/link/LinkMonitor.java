package cn.tianshan.link;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.persistence.JobLeases;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkRepositories.RegistrationRepository;
import cn.tianshan.link.LinkSource.Occurrence;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Art. 9 "已登记的链接须检测可用性": on a schedule, every approved registration's address and every outbound
 * link of the public site is checked; {@code failure-threshold} failures in a row flag a link. One node runs it
 * at a time (a lease in the database), and its progress is stored as it goes.
 */
@ApplicationScoped
public class LinkMonitor {

    private static final Logger LOG = Logger.getLogger(LinkMonitor.class);
    static final String LEASE = "link-monitor";
    private static final int BATCH = 100;

    private final Instance<LinkSource> sources;
    private final RegistrationRepository registrations;
    private final LinkChecks checks;
    private final JobLeases leases;
    private final LinkChecker.Settings settings;
    private final int threshold;
    private final Duration maxRun;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);

    LinkMonitor(@Any Instance<LinkSource> sources, RegistrationRepository registrations, LinkChecks checks, JobLeases leases,
                @ConfigProperty(name = "tianshan.links.monitor.connect-timeout") Duration connectTimeout,
                @ConfigProperty(name = "tianshan.links.monitor.read-timeout") Duration readTimeout,
                @ConfigProperty(name = "tianshan.links.monitor.per-host-concurrency") int perHost,
                @ConfigProperty(name = "tianshan.links.monitor.per-host-interval") Duration perHostInterval,
                @ConfigProperty(name = "tianshan.links.monitor.threads") int threads,
                @ConfigProperty(name = "tianshan.links.monitor.failure-threshold") int threshold,
                @ConfigProperty(name = "tianshan.links.monitor.max-run") Duration maxRun, Clock clock) {
        this.sources = sources;
        this.registrations = registrations;
        this.checks = checks;
        this.leases = leases;
        this.settings = new LinkChecker.Settings(connectTimeout, readTimeout, 5, perHost, perHostInterval, threads);
        this.threshold = threshold;
        this.maxRun = maxRun;
        this.clock = clock;
    }

    @Scheduled(cron = "${tianshan.links.monitor.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            runNow();
        } catch (ProblemException e) {
            LOG.infof("Link monitor not started: %s", e.getMessage());
        }
    }

    /** Runs the monitor over everything the site links to now; a 409 when another node is running it. */
    @ActivateRequestContext
    public long runNow() {
        return run(collect());
    }

    /** Every outbound address with where it appears: approved registrations and every {@link LinkSource}. */
    @ActivateRequestContext
    public List<Occurrence> collect() {
        List<Occurrence> found = new ArrayList<>();
        for (LinkRegistration r : registrations.approved()) {
            found.add(new Occurrence(r.url(), LinkRegistrations.SUBJECT, r.id(), "链接备案：" + r.systemName(), r.unitCode(),
                    "/admin/link-registrations/" + r.id()));
        }
        for (LinkSource source : sources) {
            source.outboundLinks().stream().filter(o -> LinkTarget.of(o.url()).kind() == LinkTarget.Kind.OUTBOUND)
                    .forEach(found::add);
        }
        return found;
    }

    /** A run that holds the lease and has its progress row: what {@link #check} works through. */
    public record Started(long runId, List<String> urls) {
    }

    /** Checks the given occurrences' addresses under the lease, in this thread; returns the run's id. */
    @ActivateRequestContext
    public long run(List<Occurrence> occurrences) {
        Started started = begin(occurrences);
        check(started);
        return started.runId();
    }

    /**
     * Takes the lease (a 409 when another node holds it), records where each address appears and opens the run's
     * progress row. The caller must then {@link #check} it, which gives the lease back.
     */
    @ActivateRequestContext
    public Started begin(List<Occurrence> occurrences) {
        if (!leases.take(LEASE, node, Timestamps.now(clock), Timestamps.now(clock).plus(maxRun))) {
            throw ProblemException.conflict("链接检测正在另一台服务器上进行，请稍后查看进度");
        }
        try {
            List<String> urls = occurrences.stream().map(Occurrence::url).distinct().toList();
            checks.replaceOccurrences(occurrences);
            return new Started(checks.startRun(urls.size(), node, Timestamps.now(clock)), urls);
        } catch (RuntimeException e) {
            leases.release(LEASE, node);
            throw e;
        }
    }

    /** Checks every address of a begun run, recording results and progress in batches; releases the lease. */
    @ActivateRequestContext
    public void check(Started started) {
        LinkCheckRun.Status outcome = LinkCheckRun.Status.FAILED;
        try {
            List<LinkChecker.Result> pending = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            new LinkChecker(settings).checkAll(started.urls(), result -> {
                pending.add(result);
                int n = done.incrementAndGet();
                if (n % BATCH == 0) {
                    flush(pending);
                    checks.progress(started.runId(), n);
                }
            });
            flush(pending);
            outcome = LinkCheckRun.Status.FINISHED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("Link check run %d was interrupted", started.runId());
        } finally {
            checks.finishRun(started.runId(), outcome, Timestamps.now(clock));
            leases.release(LEASE, node);
        }
    }

    private void flush(List<LinkChecker.Result> pending) {
        List<LinkChecker.Result> batch;
        synchronized (pending) {
            batch = List.copyOf(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            checks.record(batch, threshold, Timestamps.now(clock));
        }
    }
}
