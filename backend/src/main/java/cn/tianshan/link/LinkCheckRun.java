package cn.tianshan.link;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One run of the reachability monitor, with its progress while it runs. */
@Entity
@Table(name = "link_check_run")
public class LinkCheckRun {

    public enum Status { RUNNING, FINISHED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    private int total;
    private int checked;
    private int flagged;
    private String node;
    @Enumerated(EnumType.STRING)
    private Status status;

    protected LinkCheckRun() {
    }

    static LinkCheckRun start(int total, String node, LocalDateTime at) {
        LinkCheckRun run = new LinkCheckRun();
        run.total = total;
        run.node = node;
        run.startedAt = at;
        run.status = Status.RUNNING;
        return run;
    }

    void progress(int checkedSoFar) {
        checked = checkedSoFar;
    }

    void finish(int flaggedNow, Status outcome, LocalDateTime at) {
        checked = outcome == Status.FINISHED ? total : checked;
        flagged = flaggedNow;
        status = outcome;
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public int total() {
        return total;
    }

    public int checked() {
        return checked;
    }

    public int flagged() {
        return flagged;
    }

    public String node() {
        return node;
    }

    public Status status() {
        return status;
    }
}
