package cn.tianshan.site;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.common.security.Role;
import cn.tianshan.notification.Notifications;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import cn.tianshan.site.SiteRepositories.LifecycleEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Records each lifecycle warning and transition of a topic column once, audits it and tells the owner unit.
 * The caller holds the column's row lock, so "already recorded?" and "record" cannot interleave across nodes.
 */
@ApplicationScoped
public class ColumnLifecycleEvents {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final LifecycleEventRepository events;
    private final Notifications notifications;
    private final People people;
    private final AuditLog audit;

    ColumnLifecycleEvents(LifecycleEventRepository events, Notifications notifications, People people, AuditLog audit) {
        this.events = events;
        this.notifications = notifications;
        this.people = people;
        this.audit = audit;
    }

    public List<ColumnLifecycleEvent> recent(int limit) {
        return events.recent(limit);
    }

    public List<ColumnLifecycleEvent> of(long columnId) {
        return events.ofColumn(columnId);
    }

    boolean recorded(long columnId, ColumnLifecycleEvent.Type type, LocalDateTime basis) {
        return events.exists(columnId, type, toSecond(basis));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(SiteColumn column, ColumnLifecycleEvent.Type type, LocalDateTime basis, String reason, String title,
                LocalDateTime at) {
        events.persist(ColumnLifecycleEvent.of(column.id(), type, toSecond(basis), reason, at));
        events.flush();
        audit.appendInTransaction(new AuditEntry(at, "system:topic-lifecycle", column.ownerUnit(), null,
                "site.column.lifecycle." + type.name().toLowerCase(Locale.ROOT), "column", column.id().toString(),
                AuditEntry.Outcome.SUCCESS, null, null, null, null));
        List<String> owners = people.matching(p -> column.ownerUnit().equals(p.unitCode())
                && (p.holds(Role.EDITOR) || p.holds(Role.UNIT_HEAD))).stream().map(Person::username).toList();
        notifications.sendAlsoByEmail(owners, "topic-column." + type.name().toLowerCase(Locale.ROOT), title, reason,
                "/admin/sites?column=" + column.id());
    }

    /** Events are stored to the second (DATETIME), so "already recorded?" compares what was stored. */
    private static LocalDateTime toSecond(LocalDateTime basis) {
        return basis.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A publication under a dormant topic column brings it back to the homepage and navigation. */
    @Transactional(Transactional.TxType.MANDATORY)
    void wakeUp(SiteColumn column, LocalDateTime at) {
        String since = DAY.format(column.dormantSince());
        column.wakeUp(at);
        record(column, ColumnLifecycleEvent.Type.RESTORED, at, "自" + since + "取消主站显示后有新信息发布，恢复在主站首页和导航显示",
                "专题专栏“" + column.name() + "”已恢复主站显示", at);
    }
}
