package cn.tianshan.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same request from many threads released at one instant, as a double click or two people at once would send it. */
public final class Race {

    private Race() {
    }

    /** The HTTP status each of {@code clicks} simultaneous calls of {@code click} answered. */
    public static List<Integer> statuses(int clicks, Callable<Integer> click) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return click.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
