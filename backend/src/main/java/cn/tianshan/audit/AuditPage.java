package cn.tianshan.audit;

import java.util.List;

public record AuditPage(List<AuditRecordView> records, long total, int page, int size) {
}
