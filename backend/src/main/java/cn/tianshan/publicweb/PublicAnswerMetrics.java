package cn.tianshan.publicweb;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where each public answer came from: this node's memory, its copy of the pages kept at publication
 * (a file read), the pages kept at publication (one key lookup), or a render
 * (database queries). Exposed as {@code tianshan_public_answers_total{source=…}}; memory ÷ all is the cache hit rate.
 */
@Startup
@ApplicationScoped
public class PublicAnswerMetrics {

    private final Counter memory;
    private final Counter kept;
    private final Counter copy;
    private final Counter rendered;

    PublicAnswerMetrics(MeterRegistry registry) {
        this.memory = counter(registry, "memory", "answered from this node's memory");
        this.kept = counter(registry, "kept", "read from the pages kept at publication");
        this.copy = counter(registry, "copy", "read from this node's copy of the pages kept at publication");
        this.rendered = counter(registry, "rendered", "rendered from the database");
    }

    private static Counter counter(MeterRegistry registry, String source, String description) {
        return Counter.builder("tianshan.public.answers").tag("source", source).description("Public answers " + description)
                .register(registry);
    }

    void fromMemory() {
        memory.increment();
    }

    void fromKeptPage() {
        kept.increment();
    }

    void fromCopy() {
        copy.increment();
    }

    void rendered() {
        rendered.increment();
    }
}
