package cn.tianshan.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** What this launcher started, stopped in reverse order on exit or Ctrl-C. */
final class Stack {

    interface Stoppable {
        String name();

        void stop() throws Exception;
    }

    private final Deque<Stoppable> started = new ArrayDeque<>();

    synchronized void started(Stoppable component) {
        started.push(component);
    }

    synchronized void stopAll() {
        while (!started.isEmpty()) {
            Stoppable component = started.pop();
            try {
                System.out.println("  stopping " + component.name());
                component.stop();
            } catch (Exception e) {
                System.err.println("  could not stop " + component.name() + ": " + e.getMessage());
            }
        }
    }
}
