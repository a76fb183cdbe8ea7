package cn.tianshan.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Starts a monitor run for a person who asked for one: the run exists when this returns, its checks go on behind. */
@ApplicationScoped
public class LinkMonitorRunner {

    private static final Logger LOG = Logger.getLogger(LinkMonitorRunner.class);

    private final LinkMonitor monitor;
    private final LinkChecks checks;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-monitor");
        t.setDaemon(true);
        return t;
    });

    LinkMonitorRunner(LinkMonitor monitor, LinkChecks checks) {
        this.monitor = monitor;
        this.checks = checks;
    }

    /** The new run's progress row; a 409 when a run is already going on some node. */
    public LinkCheckRun start() {
        LinkMonitor.Started started = monitor.begin(monitor.collect());
        background.execute(() -> {
            try {
                monitor.check(started);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Link check run %d failed", started.runId());
            }
        });
        return checks.run(started.runId()).orElseThrow();
    }
}
