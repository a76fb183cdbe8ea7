package cn.tianshan.audit;

import cn.tianshan.org.OrgViews.UnitView;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names for the auditor: 孙丽 and 政策法规处 beside the account and unit code the record keeps. The record itself
 * holds only the identifiers (a name can change; the chain's hashes must not).
 */
@ApplicationScoped
class AuditNames {

    private static final Map<String, String> SYSTEM_JOBS = Map.of(
            "system:scheduler", "系统（定时发布）",
            "system:deadline-watch", "系统（期限督办）",
            "system:link-expiry", "系统（链接备案到期）",
            "system:topic-lifecycle", "系统（专题栏目管理）");

    private final People people;
    private final Organisation organisation;

    AuditNames(People people, Organisation organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    /** Resolves the names of a batch of records with one read of the units. */
    Function<AuditRecord, AuditRecordView> viewer() {
        Map<String, String> units = organisation.units().stream()
                .collect(Collectors.toMap(UnitView::code, UnitView::name));
        return record -> {
            AuditEntry entry = record.entry();
            String unitName = entry.unitCode() == null ? null : units.getOrDefault(entry.unitCode(), entry.unitCode());
            return AuditRecordView.of(record, actorName(entry.username()), unitName);
        };
    }

    private String actorName(String username) {
        if (username == null) {
            return "公众（未登录）";
        }
        if (SYSTEM_JOBS.containsKey(username)) {
            return SYSTEM_JOBS.get(username);
        }
        if (KeycloakEventReader.MASTER_ADMINISTRATOR.equals(username)) {
            return "Keycloak 主控台管理员";
        }
        if (username.startsWith("client:")) {
            return "接入系统 " + username.substring("client:".length());
        }
        return people.nameOf(username);
    }
}
