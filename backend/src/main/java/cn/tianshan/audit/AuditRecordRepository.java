package cn.tianshan.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AuditRecordRepository implements PanacheRepositoryBase<AuditRecord, Long> {
}
