package cn.tianshan.link;

import cn.tianshan.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Starts a monitor run in the background for a person who asked for one, and hands back its progress row. */
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

    /** The new run once it has been registered (within a few seconds), or empty when one is already running. */
    public Optional<LinkCheckRun> start() {
        Long before = checks.latestRun().map(LinkCheckRun::id).orElse(0L);
        CompletableFuture<Long> done = CompletableFuture.supplyAsync(monitor::runNow, background);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (done.isCompletedExceptionally()) {
                try {
                    done.join();
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof ProblemException p) {
                        throw p;
                    }
                    LOG.error("The link monitor failed to start", e);
                    throw e;
                }
            }
            Optional<LinkCheckRun> latest = checks.latestRun().filter(r -> r.id() > before);
            if (latest.isPresent()) {
                return latest;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
