package cn.tianshan.link;

import cn.tianshan.audit.AuditEntry;
import cn.tianshan.audit.AuditLog;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.link.LinkRepositories.RegistrationEventRepository;
import cn.tianshan.link.LinkRepositories.RegistrationRepository;
import cn.tianshan.notification.Notifications;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registrations with an expiry date: the unit is reminded {@code remind-days} before, and the day after it the
 * registration lapses. Each registration is handled under its row lock and the reminder is remembered per
 * expiry date, so a second run or a second node neither reminds twice nor lapses twice.
 */
@ApplicationScoped
public class LinkRegistrationExpiry {

    private final RegistrationRepository registrations;
    private final RegistrationEventRepository events;
    private final Notifications notifications;
    private final AuditLog audit;
    private final int remindDays;
    private final Clock clock;

    LinkRegistrationExpiry(RegistrationRepository registrations, RegistrationEventRepository events, Notifications notifications,
                           AuditLog audit, @ConfigProperty(name = "tianshan.links.expiry-remind-days") int remindDays, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.notifications = notifications;
        this.audit = audit;
        this.remindDays = remindDays;
        this.clock = clock;
    }

    @Scheduled(every = "${tianshan.links.expiry-check:1h}", delayed = "${tianshan.links.expiry-delay:40s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        reviewAll(Timestamps.now(clock));
    }

    @ActivateRequestContext
    public List<String> reviewAll(LocalDateTime now) {
        List<String> happened = new ArrayList<>();
        for (long id : registrations.approvedExpiringBy(now.toLocalDate().plusDays(remindDays))) {
            String outcome = review(id, now);
            if (outcome != null) {
                happened.add(outcome);
            }
        }
        return happened;
    }

    @Transactional
    String review(long id, LocalDateTime now) {
        LinkRegistration r = registrations.lock(id).orElse(null);
        if (r == null || r.status() != LinkRegistration.Status.APPROVED || r.expiresOn() == null) {
            return null;
        }
        LocalDate today = now.toLocalDate();
        if (today.isAfter(r.expiresOn())) {
            r.expired(now);
            events.persist(LinkRegistrationEvent.of(id, "expired", "备案有效期至 " + r.expiresOn() + "，已到期：此后不能再发布指向 "
                    + r.host() + " 的链接，如需继续链接请重新登记", "系统", now));
            audit.appendInTransaction(new AuditEntry(now, "system:link-expiry", r.unitCode(), null, "link-registration.expire",
                    LinkRegistrations.SUBJECT, String.valueOf(id), AuditEntry.Outcome.SUCCESS, null, null, null, null));
            notifications.send(List.of(r.createdBy()), "link-registration.expired", "链接备案“" + r.systemName() + "”已到期",
                    "备案有效期至 " + r.expiresOn() + "。如需继续链接，请重新登记。", "/admin/link-registrations/" + id);
            return r.systemName() + "：已到期";
        }
        if (r.expiryRemindedAlready()) {
            return null;
        }
        r.expiryReminded();
        events.persist(LinkRegistrationEvent.of(id, "expiry-reminded", "已提醒：备案将于 " + r.expiresOn() + " 到期", "系统", now));
        notifications.send(List.of(r.createdBy()), "link-registration.expiring", "链接备案“" + r.systemName() + "”即将到期",
                "备案有效期至 " + r.expiresOn() + "，到期后将不能再发布指向 " + r.host() + " 的链接。如需继续，请及时重新登记。",
                "/admin/link-registrations/" + id);
        return r.systemName() + "：到期提醒";
    }
}
