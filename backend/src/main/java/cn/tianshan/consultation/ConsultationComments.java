package cn.tianshan.consultation;

import cn.tianshan.common.error.FieldError;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.consultation.ConsultationEnums.CommentStatus;
import cn.tianshan.review.DraftStatus;
import cn.tianshan.consultation.ConsultationEnums.ConsultationPhase;
import cn.tianshan.consultation.ConsultationRepositories.CommentRepository;
import cn.tianshan.consultation.ConsultationRepositories.ConsultationRepository;
import cn.tianshan.consultation.ConsultationViews.CommentReceipt;
import cn.tianshan.consultation.ConsultationViews.CommentSubmission;
import cn.tianshan.consultation.ConsultationViews.CommentView;
import cn.tianshan.consultation.ConsultationViews.Moderation;
import cn.tianshan.consultation.ConsultationViews.PublicComment;
import cn.tianshan.consultation.ConsultationViews.PublicConsultation;
import cn.tianshan.consultation.ConsultationViews.PublicConsultationSummary;
import cn.tianshan.intake.IntakeGuard;
import cn.tianshan.intake.Screening;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public's side of a consultation: reading the draft, the comments the unit chose to show and its feedback;
 * commenting through the one intake guard (rate limits, challenge, sensitive-word screen). Every comment waits for
 * the unit's moderation before it is shown.
 */
@ApplicationScoped
public class ConsultationComments {

    static final String CHANNEL = "consultation";

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final Consultations admin;
    private final IntakeGuard guard;
    private final Screening screening;
    private final Organisation organisation;
    private final CurrentUser user;
    private final Clock clock;

    ConsultationComments(ConsultationRepository consultations, CommentRepository comments, Consultations admin, IntakeGuard guard,
                         Screening screening, Organisation organisation, CurrentUser user, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.admin = admin;
        this.guard = guard;
        this.screening = screening;
        this.organisation = organisation;
        this.user = user;
        this.clock = clock;
    }

    public List<PublicConsultationSummary> published() {
        LocalDateTime now = Timestamps.now(clock);
        return consultations.published().stream().map(c -> new PublicConsultationSummary(c.id(), c.title(), c.summary(),
                organisation.nameOf(c.unitCode()), c.phase(now), c.phase(now).label(), c.opensAt(), c.closesAt())).toList();
    }

    public PublicConsultation read(long id) {
        Consultation c = published(id);
        LocalDateTime now = Timestamps.now(clock);
        List<PublicComment> shown = comments.shown(id).stream()
                .map(m -> new PublicComment(m.id(), m.content(), m.commenterName() == null ? "网友" : m.commenterName(), m.receivedAt()))
                .toList();
        return new PublicConsultation(c.id(), c.title(), c.summary(), c.body(), organisation.nameOf(c.unitCode()), c.opensAt(),
                c.closesAt(), c.phase(now), c.phase(now).label(), c.contactRequired(), shown, Consultations.feedbackOf(c));
    }

    public CommentReceipt comment(long id, @Valid CommentSubmission s, String address) {
        guard.admit(CHANNEL, address);
        guard.check(s.challenge());
        store(id, s, address);
        return new CommentReceipt("意见已收到，感谢您的参与！意见经审核后可能在本页公开，征求意见结束后将发布采纳情况。");
    }

    @Transactional
    void store(long id, CommentSubmission s, String address) {
        Consultation c = published(id);
        LocalDateTime now = Timestamps.now(clock);
        ConsultationPhase phase = c.phase(now);
        if (phase != ConsultationPhase.OPEN) {
            throw ProblemException.conflict(phase == ConsultationPhase.UPCOMING ? "征求意见尚未开始，将于 " + c.opensAt().toLocalDate() + " 开始"
                    : "征求意见已于 " + c.closesAt().toLocalDate() + " 截止，不再接收意见");
        }
        String name = blankToNull(s.name());
        String contact = blankToNull(s.contact());
        if (c.contactRequired()) {
            List<FieldError> missing = new ArrayList<>();
            if (name == null) {
                missing.add(new FieldError("name", "本次征求意见须留下姓名"));
            }
            if (contact == null) {
                missing.add(new FieldError("contact", "本次征求意见须留下联系方式"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        }
        guard.spend(s.challenge());
        List<String> words = screening.sensitiveWords(s.content());
        comments.persist(ConsultationComment.received(id, s.content().trim(), name, contact, address,
                words.isEmpty() ? null : "含敏感词：" + String.join("、", words), now));
    }

    /**
     * A comment that arrived by post or fax during the comment period, entered by the unit (the demo department's
     * comments are entered this way). It waits for moderation like any other.
     */
    @Transactional
    public CommentView enterReceived(long id, String content, String name, String contact) {
        Consultation c = published(id);
        if (c.phase(Timestamps.now(clock)) == ConsultationPhase.CONCLUDED) {
            throw ProblemException.conflict("已发布意见采纳情况，不能再登记意见");
        }
        ConsultationComment comment = ConsultationComment.received(id, content.trim(), blankToNull(name), blankToNull(contact), "信函",
                null, Timestamps.now(clock));
        comments.persist(comment);
        return Consultations.commentView(comment);
    }

    @Transactional
    public CommentView moderate(long commentId, Moderation m) {
        ConsultationComment comment = comments.lock(commentId).orElseThrow(() -> ProblemException.notFound("意见", commentId));
        Consultation c = admin.readable(comment.consultationId());
        if (!admin.mayModerate(c)) {
            throw ProblemException.forbidden("只有发起单位或厅网站主管处室可以审核意见");
        }
        // A flagged comment may still be shown: the screen only flags, a person decides.
        comment.moderated(m.show(), user.displayName(), Timestamps.now(clock));
        return Consultations.commentView(comment);
    }

    private Consultation published(long id) {
        return Optional.ofNullable(consultations.findById(id)).filter(c -> c.status() == DraftStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("征求意见", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
