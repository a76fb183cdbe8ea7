package cn.tianshan.site;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A warning or transition of a topic column's lifecycle (Art. 8), with the reason the site office reads. */
@Entity
@Table(name = "column_lifecycle_event")
public class ColumnLifecycleEvent {

    public enum Type {
        WARNED_14("停更提醒（14 天）"), WARNED_7("停更提醒（7 天）"), HIDDEN("取消主站显示"), RESTORED("恢复主站显示"),
        ARCHIVED("转为历史专题");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long columnId;
    @Enumerated(EnumType.STRING)
    private Type event;
    private LocalDateTime basis;
    private String reason;
    private LocalDateTime occurredAt;

    protected ColumnLifecycleEvent() {
    }

    static ColumnLifecycleEvent of(long columnId, Type event, LocalDateTime basis, String reason, LocalDateTime at) {
        ColumnLifecycleEvent e = new ColumnLifecycleEvent();
        e.columnId = columnId;
        e.event = event;
        e.basis = basis;
        e.reason = reason;
        e.occurredAt = at;
        return e;
    }

    public Long id() {
        return id;
    }

    public long columnId() {
        return columnId;
    }

    public Type event() {
        return event;
    }

    public LocalDateTime basis() {
        return basis;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
