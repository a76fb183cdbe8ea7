package cn.tianshan.audit;

import cn.tianshan.common.export.SafeCells;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV rows of the audit export, guarded against formula injection when opened in a spreadsheet. */
final class AuditCsv {

    static final String HEADER = "序号,时间,姓名,账号,单位,单位代码,角色,操作,操作代码,对象,对象类型,对象ID,结果,HTTP状态,错误,客户端地址,请求ID,前一哈希,哈希\r\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    static String row(AuditRecordView r) {
        return Stream.of(Long.toString(r.seq()), TIME.format(r.occurredAt()), r.actorName(), r.username(),
                        r.unitName(), r.unitCode(), r.roles(),
                        r.actionName(), r.action(), r.targetName(), r.targetType(), r.targetId(), r.outcome().name(),
                        r.httpStatus() == null ? "" : r.httpStatus().toString(), r.error(), r.clientAddress(),
                        r.requestId(), r.previousHash(), r.hash())
                .map(AuditCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        return SafeCells.csv(value);
    }
}
