package cn.tianshan.mailbox;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.deadline.Deadlines;
import cn.tianshan.notification.MailOutbox;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ReviewChains;
import cn.tianshan.review.ReviewSubject;
import cn.tianshan.review.SubjectSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A reply to a letter as a subject of the review engine (chain {@code mailbox-reply}): the unit head approves the
 * handler's draft before it is released to the writer. Approval releases it, stops the clock and tells the writer.
 */
@ApplicationScoped
class MailboxReview implements ReviewSubject {

    private final Letters letters;
    private final Deadlines deadlines;
    private final ReviewChains chains;
    private final Notifications notifications;
    private final MailOutbox mail;
    private final Clock clock;
    private final String siteName;

    MailboxReview(Letters letters, Deadlines deadlines, ReviewChains chains, Notifications notifications, MailOutbox mail,
                  Clock clock, @ConfigProperty(name = "tianshan.site.name") String siteName) {
        this.letters = letters;
        this.deadlines = deadlines;
        this.chains = chains;
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
        this.siteName = siteName;
    }

    @Override
    public String type() {
        return Letters.REPLY_REVIEW;
    }

    @Override
    public String label() {
        return "来信答复";
    }

    @Override
    public String consolePath(long id) {
        return MailboxHandling.consolePath(id);
    }

    @Override
    public SubjectSnapshot snapshot(long id) {
        MailboxMessage m = letters.find(id);
        return new SubjectSnapshot("来信答复：" + m.subject(), m.unitCode(), m.unitCode(), null, (long) m.replyRevision(),
                m.replyHash(), m.receivedAt().toLocalDate(), letters.replyClock(id).map(ClockView::dueOn).orElse(null));
    }

    @Override
    public long chainId(long id) {
        return chains.idOf(Letters.REPLY_REVIEW).orElseThrow(() -> ProblemException.conflict("缺少“领导信箱答复审核”流程"));
    }

    @Override
    public void lock(long id) {
        letters.lock(id);
    }

    @Override
    public void approved(long id) {
        MailboxMessage m = letters.find(id);
        LocalDateTime now = Timestamps.now(clock);
        m.answered(now);
        deadlines.stop(Letters.SUBJECT, id, Letters.CLOCK, now.toLocalDate());
        letters.record(id, "answered", letters.unitName(m.unitCode()) + "已答复", true);
        notifications.send(List.of(m.draftedBy()), "mailbox.answered", "来信答复已发出：" + m.subject(),
                "单位负责人已同意，答复已向来信人公开。", consolePath(id));
        if (m.writerEmail() != null) {
            mail.enqueue(m.writerEmail(), m.writerName(), null, "mailbox.answered", "您的来信已答复（查询码 " + m.trackingCode() + "）",
                    "您于 " + m.receivedAt().toLocalDate() + " 写给" + siteName + "领导信箱的来信“" + m.subject() + "”已由"
                            + letters.unitName(m.unitCode()) + "答复。请凭查询码和查询密码在网站“领导信箱—查询”中阅读答复并评价。");
        }
    }

    @Override
    public void returned(long id, String reason) {
        letters.find(id).returned();
        letters.record(id, "reply-returned", "答复被退回：" + reason, false);
    }

    @Override
    public void cancelled(long id) {
        letters.find(id).returned();
    }

    @Override
    public List<String> concerned(long id) {
        String drafter = letters.find(id).draftedBy();
        return drafter == null ? List.of() : List.of(drafter);
    }
}
