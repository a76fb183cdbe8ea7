package cn.tianshan.interview;

import cn.tianshan.interview.InterviewViews.PublicQuestion;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live updates of open interview pages on this node: a question accepted or answered reaches every open page
 * once the transaction that changed it has committed (never a change that was rolled back).
 */
@ApplicationScoped
class InterviewBroadcast {

    /** A public question changed (accepted, answered); fired inside the transaction that changed it. */
    record Changed(long interviewId, PublicQuestion question) {
    }

    private final Map<Long, BroadcastProcessor<PublicQuestion>> channels = new ConcurrentHashMap<>();

    Multi<PublicQuestion> follow(long interviewId) {
        return channels.computeIfAbsent(interviewId, id -> BroadcastProcessor.create());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        BroadcastProcessor<PublicQuestion> channel = channels.get(change.interviewId());
        if (channel != null) {
            channel.onNext(change.question());
        }
    }
}
