package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.EditorialStatus;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.calendar.CalendarChanged;
import cn.tianshan.calendar.Deadline;
import cn.tianshan.calendar.DueDateHistory;
import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.notification.Notifications;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Art. 18: an article is due 2 working days after its information came into being (1 for an important one). The
 * due date is stored with its explanation; when the calendar changes, or the information date is corrected after
 * submission, it moves, the move is recorded, and the author is told.
 */
@ApplicationScoped
class ArticleDeadlines {

    static final int DAYS_TO_PUBLISH = 2;
    static final int DAYS_TO_PUBLISH_IMPORTANT = 1;

    private final ArticleRepository articles;
    private final WorkingDays workingDays;
    private final DueDateHistory history;
    private final Notifications notifications;
    private final ReviewEngine engine;
    private final CurrentUser user;

    ArticleDeadlines(ArticleRepository articles, WorkingDays workingDays, DueDateHistory history, Notifications notifications,
                     ReviewEngine engine, CurrentUser user) {
        this.articles = articles;
        this.workingDays = workingDays;
        this.history = history;
        this.notifications = notifications;
        this.engine = engine;
        this.user = user;
    }

    Deadline deadline(ArticleContent content) {
        return deadline(content.infoDate(), content.important());
    }

    Deadline deadline(LocalDate infoDate, boolean important) {
        return workingDays.add(infoDate, important ? DAYS_TO_PUBLISH_IMPORTANT : DAYS_TO_PUBLISH);
    }

    /** Never first published, not abandoned, and past its due date (derived from the clock, never stored). */
    static boolean overdue(Article article, Clock clock) {
        return article.firstPublishedAt() == null && article.editorialStatus() != EditorialStatus.DISCARDED
                && Timestamps.now(clock).toLocalDate().isAfter(article.dueDate());
    }

    /** The information date changed after the article was submitted: who changed it, and where the due date went. */
    @Transactional(Transactional.TxType.MANDATORY)
    void infoDateCorrected(Article article, LocalDate previousInfoDate, LocalDate previousDue) {
        history.record(ArticleSubject.TYPE, article.id(), previousDue, deadline(article.infoDate(), article.important()),
                "信息生成日期由 " + previousInfoDate + " 改为 " + article.infoDate() + "（" + user.displayName() + "修改）");
    }

    /** The calendar changed: every article whose due date still runs is recomputed, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void calendarChanged(@Observes CalendarChanged change) {
        int first = Collections.min(change.years());
        int last = Collections.max(change.years());
        List<Article> open = articles.openBetween(LocalDate.of(first - 1, 11, 1), LocalDate.of(last, 12, 31));
        for (Article article : open) {
            Deadline recomputed = deadline(article.infoDate(), article.important());
            if (recomputed.due().equals(article.dueDate()) && recomputed.summary().equals(article.dueExplanation())) {
                continue;
            }
            LocalDate previous = article.dueDate();
            article.dueMoved(recomputed.due(), recomputed.summary());
            if (!recomputed.due().equals(previous)) {
                history.record(ArticleSubject.TYPE, article.id(), previous, recomputed, change.reason());
                notifications.send(List.of(article.createdBy()), "article.due-moved", "发布时限变动：由 " + previous + " 改为 "
                        + recomputed.due(), "工作日历已更新（" + change.reason() + "）。" + recomputed.summary(),
                        "/admin/articles/" + article.id());
                engine.snapshotChanged(ArticleSubject.TYPE, article.id());
            }
        }
    }
}
