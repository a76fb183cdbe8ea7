package cn.tianshan.publicweb;

import cn.tianshan.common.error.ProblemException;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Renders the pages of every article a change touched as soon as it commits, on a worker thread of the node that
 * made it, so that readers find them in the {@link PublicPageStore} instead of paying for the render. A page that is
 * not public any more (withdrawn, removed) renders as a 404 or 410 and is simply not kept.
 */
@ApplicationScoped
class PublicationRendering {

    private static final Logger LOG = Logger.getLogger(PublicationRendering.class);

    private final Instance<PublishedPages> pages;
    private final CachedResponses.Renderer renderer;

    PublicationRendering(Instance<PublishedPages> pages, CachedResponses.Renderer renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChangeLog.Committed change) {
        if (change.touched() == null) {
            return;
        }
        for (String tag : change.touched()) {
            if (tag.startsWith("article:")) {
                long article = Long.parseLong(tag.substring("article:".length()));
                Infrastructure.getDefaultWorkerPool().execute(() -> render(article));
            }
        }
    }

    /** Renders and keeps every page of {@code article}; false when one could not be rendered. */
    boolean render(long article) {
        boolean all = true;
        for (PublishedPages feature : pages) {
            for (Map.Entry<String, Supplier<PublicCache.Entry>> page : feature.of(article).entrySet()) {
                try {
                    renderer.render(page.getKey(), page.getValue());
                } catch (ProblemException e) {
                    // not public: nothing to keep
                } catch (RuntimeException e) {
                    all = false;
                    LOG.warnf(e, "Page %s not rendered at publication; the first reader renders it", page.getKey());
                }
            }
        }
        return all;
    }
}
