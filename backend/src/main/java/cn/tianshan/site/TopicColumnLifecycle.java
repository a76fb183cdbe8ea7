package cn.tianshan.site;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.publicweb.PublicChangeLog;
import cn.tianshan.site.ColumnLifecycleEvent.Type;
import cn.tianshan.site.SiteRepositories.TopicColumnLocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Art. 8 on a schedule: a topic column of the main site not updated for more than two months leaves the
 * homepage and navigation (its owner is warned 14 and 7 days before); after its end date it becomes a
 * historical topic. Each column is reviewed under its row lock and each event is recorded once per silence, so
 * running it again, or on two nodes at once, neither warns twice nor transitions twice.
 */
@ApplicationScoped
public class TopicColumnLifecycle {

    /** "两个月以上未更新": the interval a topic column is expected to keep (two months, in days, for display). */
    public static final int DORMANT_AFTER_DAYS = 60;
    static final int DORMANT_AFTER_MONTHS = 2;

    private static final Logger LOG = Logger.getLogger(TopicColumnLifecycle.class);

    private final TopicColumnLocks columns;
    private final ColumnLifecycleEvents events;
    private final Sites sites;
    private final PublicChangeLog publicChanges;
    private final Clock clock;

    TopicColumnLifecycle(TopicColumnLocks columns, ColumnLifecycleEvents events, Sites sites, PublicChangeLog publicChanges,
                         Clock clock) {
        this.columns = columns;
        this.events = events;
        this.sites = sites;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    @Scheduled(every = "${tianshan.topics.lifecycle-check:1h}", delayed = "${tianshan.topics.lifecycle-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        reviewAll(Timestamps.now(clock));
    }

    /** Reviews every topic column as of {@code now}; returns what happened, for tests and logs. */
    @ActivateRequestContext
    public List<String> reviewAll(LocalDateTime now) {
        List<String> happened = new ArrayList<>();
        for (long id : columns.topicColumnsOfMainSite()) {
            try {
                review(id, now).ifPresent(happened::add);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Reviewing the lifecycle of topic column %d failed; the next run tries again", id);
            }
        }
        return happened;
    }

    @Transactional
    Optional<String> review(long columnId, LocalDateTime now) {
        SiteColumn column = columns.lock(columnId).orElse(null);
        if (column == null || column.lifecycle() == ColumnLifecycle.ARCHIVED || column.parentId() != null) {
            return Optional.empty();
        }
        if (column.endsOn() != null && now.toLocalDate().isAfter(column.endsOn())) {
            return Optional.of(archive(column, now));
        }
        LocalDateTime basis = lastUpdate(column);
        LocalDateTime hideAt = basis.plusMonths(DORMANT_AFTER_MONTHS);
        if (column.dormantSince() != null) {
            if (basis.isAfter(column.dormantSince())) {
                events.wakeUp(column, now);
                publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
                return Optional.of(column.name() + "：恢复显示");
            }
            return Optional.empty();
        }
        if (!now.isBefore(hideAt)) {
            column.goDormant(now);
            events.record(column, Type.HIDDEN, basis, "最近一次更新于" + ColumnLifecycleEvents.DAY.format(basis)
                    + "，两个月以上未更新，按第八条自动取消主站首页和导航显示；发布新信息后自动恢复",
                    "专题专栏“" + column.name() + "”已取消主站显示", now);
            publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
            return Optional.of(column.name() + "：取消主站显示");
        }
        long daysLeft = ChronoUnit.DAYS.between(now.toLocalDate(), hideAt.toLocalDate());
        Type warning = daysLeft <= 7 ? Type.WARNED_7 : daysLeft <= 14 ? Type.WARNED_14 : null;
        if (warning == null || events.recorded(column.id(), warning, basis)
                || (warning == Type.WARNED_14 && events.recorded(column.id(), Type.WARNED_7, basis))) {
            return Optional.empty();
        }
        events.record(column, warning, basis, "专题专栏“" + column.name() + "”最近一次更新于" + ColumnLifecycleEvents.DAY.format(basis)
                + "，如" + ColumnLifecycleEvents.DAY.format(hideAt) + "前仍无新信息，将按第八条自动取消主站显示（还有 " + daysLeft + " 天）",
                "专题专栏“" + column.name() + "”即将因未更新取消主站显示", now);
        return Optional.of(column.name() + "：" + warning.label());
    }

    private String archive(SiteColumn column, LocalDateTime now) {
        LocalDateTime basis = column.endsOn().plusDays(1).atStartOfDay();
        column.archive(now);
        sites.below(column.id()).forEach(c -> c.archive(now));
        events.record(column, Type.ARCHIVED, basis, "专题结束时间" + ColumnLifecycleEvents.DAY.format(column.endsOn())
                + "已过，转为历史专题：原网址仍可查阅，不在主站首页和导航显示，不再发布新信息",
                "专题专栏“" + column.name() + "”已转为历史专题", now);
        publicChanges.record(PublicChangeLog.Type.STRUCTURE, null, null);
        return column.name() + "：转为历史专题";
    }

    /** The last publication in the column or below it; not before the column was opened or its period began. */
    private LocalDateTime lastUpdate(SiteColumn column) {
        LocalDateTime basis = column.createdAt();
        if (column.startsOn() != null && column.startsOn().atStartOfDay().isAfter(basis)) {
            basis = column.startsOn().atStartOfDay();
        }
        LocalDateTime published = columns.lastPublishedUnder(column.id());
        return published != null && published.isAfter(basis) ? published.truncatedTo(ChronoUnit.SECONDS) : basis;
    }
}
