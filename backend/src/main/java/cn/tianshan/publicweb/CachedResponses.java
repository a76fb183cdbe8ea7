package cn.tianshan.publicweb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers public GETs from the {@link PublicCache}: a hit is served on the event loop without touching the
 * database; a miss renders on a worker thread. Every answer carries Cache-Control and a strong ETag, and a
 * matching If-None-Match gets 304.
 */
@ApplicationScoped
public class CachedResponses {

    public static final String CACHE_CONTROL = "public, max-age=60";

    private final PublicCache cache;
    private final ObjectMapper json;
    private final Renderer renderer;
    private final CurrentVertxRequest request;
    private final Executor singleStatementRenderers;

    /**
     * Renders of single statements (column pages) run on a few threads of their own, two per core unless configured,
     * in arrival order, as kept pages are read: on the shared worker pool 64 concurrent misses put 64 renders on two
     * cores at once and the slowest waited for the scheduler.
     */
    CachedResponses(PublicCache cache, ObjectMapper json, Renderer renderer, CurrentVertxRequest request, Vertx vertx,
                    @ConfigProperty(name = "tianshan.public.column-renderers") Optional<Integer> renderers) {
        this.cache = cache;
        this.json = json;
        this.renderer = renderer;
        this.request = request;
        WorkerExecutor pool = vertx.createSharedWorkerExecutor("tianshan-column-renders",
                renderers.orElse(2 * Runtime.getRuntime().availableProcessors()));
        this.singleStatementRenderers = task -> pool.executeBlocking(() -> {
            task.run();
            return null;
        }, false);
    }

    public Uni<Response> json(String key, String ifNoneMatch, Supplier<Object> view) {
        return entry(key, ifNoneMatch, () -> jsonEntry(view.get()), true, PublicCache.Admission.FIRST_REQUEST);
    }

    /**
     * As {@link #json}, for a view that reads with single statements of its own (a column's listing): it renders
     * outside a transaction, so a connection is held for each statement only, not through the JSON and the gzip. A
     * transaction costs three more round trips (autocommit off, commit, autocommit on), and under load the renders
     * queued for connections held while others compressed.
     */
    public Uni<Response> jsonFromSingleStatements(String key, String ifNoneMatch, PublicCache.Admission admission,
                                                  Supplier<Object> view) {
        return entry(key, ifNoneMatch, () -> jsonEntry(view.get()), false, admission);
    }

    /**
     * Answers from the cache under {@code key}, rendering on a miss; the answer is also kept under the request
     * line, so {@link PublicFastPath} serves the next identical request without entering the REST layer.
     */
    public Uni<Response> entry(String key, String ifNoneMatch, Supplier<PublicCache.Entry> render) {
        return entry(key, ifNoneMatch, render, true, PublicCache.Admission.FIRST_REQUEST);
    }

    private Uni<Response> entry(String key, String ifNoneMatch, Supplier<PublicCache.Entry> render, boolean inTransaction,
                                PublicCache.Admission admission) {
        String requestLine = request.getCurrent() == null ? null : request.getCurrent().request().uri();
        PublicCache.Entry hit = cache.get(key);
        if (hit != null) {
            remember(requestLine, key, hit);
            return Uni.createFrom().item(respond(hit, ifNoneMatch));
        }
        Executor renders = inTransaction ? Infrastructure.getDefaultWorkerPool() : singleStatementRenderers;
        return Uni.createFrom().item(() -> cache.computeIfAbsent(key, () -> renderer.render(key, render, inTransaction), admission))
                .runSubscriptionOn(renders)
                .map(entry -> {
                    remember(requestLine, key, entry);
                    return respond(entry, ifNoneMatch);
                });
    }

    private void remember(String requestLine, String key, PublicCache.Entry entry) {
        if (requestLine != null) {
            cache.rememberAnswer(requestLine, key, entry);
        }
    }

    private Response respond(PublicCache.Entry entry, String ifNoneMatch) {
        var current = request.getCurrent();
        boolean gzip = current != null && entry.gzipFor(current.request().getHeader("Accept-Encoding"));
        String etag = gzip ? entry.gzipEtag() : entry.etag();
        if (entry.matches(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", CACHE_CONTROL).build();
        }
        Response.ResponseBuilder response = Response.status(entry.status()).type(entry.mediaType()).header("ETag", etag)
                .header("Cache-Control", CACHE_CONTROL);
        if (entry.gzipped() != null) {
            response.header("Vary", "Accept-Encoding");
        }
        return gzip ? response.entity(entry.gzipped()).header("Content-Encoding", "gzip").build()
                : response.entity(entry.body()).build();
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer for {@code view}, as every public JSON answer is kept. */
    public PublicCache.Entry jsonEntry(Object view) {
        return PublicCache.entry(write(view), "application/json;charset=UTF-8", 200);
    }

    /**
     * Rendering reads the database: inside a request context and a read transaction of its own, noting what it shows.
     * An answer the {@link PublicPageStore} keeps is read from there when it is current, and kept there when rendered.
     */
    @ApplicationScoped
    public static class Renderer {

        private final PublicPageStore store;
        private final Renderer self;
        private final PublicAnswerMetrics metrics;

        Renderer(PublicPageStore store, Renderer self, PublicAnswerMetrics metrics) {
            this.store = store;
            this.self = self;
            this.metrics = metrics;
        }

        /** The kept answer when there is a current one (one key lookup), else a render in a read transaction. */
        public PublicCache.Entry render(String key, Supplier<PublicCache.Entry> render) {
            return render(key, render, true);
        }

        PublicCache.Entry render(String key, Supplier<PublicCache.Entry> render, boolean inTransaction) {
            PublicCache.Entry stored = store.find(key);
            if (stored != null) {
                return stored;
            }
            metrics.rendered();
            return self.renderNow(key, render, inTransaction);
        }

        @ActivateRequestContext
        public PublicCache.Entry renderNow(String key, Supplier<PublicCache.Entry> render, boolean inTransaction) {
            boolean kept = store.keeps(key);
            java.util.Set<String> shown = RenderTags.begin();
            try {
                if (!inTransaction && !kept) {
                    return render.get().withTags(shown);
                }
                long copiesSince = store.copyGeneration();
                KeptRender done = QuarkusTransaction.requiringNew().call(() -> {
                    long epoch = kept ? store.epoch() : 0;
                    PublicCache.Entry entry = render.get().withTags(shown);
                    return new KeptRender(entry, kept ? store.keep(key, entry, epoch) : OptionalLong.empty());
                });
                done.keptUnder().ifPresent(structure -> store.copy(key, done.entry(), structure, copiesSince));
                return done.entry();
            } finally {
                RenderTags.end();
            }
        }

        /** A render and the structure epoch its page was kept under, if it was: copied to this node once committed. */
        private record KeptRender(PublicCache.Entry entry, OptionalLong keptUnder) {
        }
    }
}
