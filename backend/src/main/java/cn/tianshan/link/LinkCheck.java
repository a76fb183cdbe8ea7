package cn.tianshan.link;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** What the reachability monitor knows of one address: its last answer and how many checks in a row failed. */
@Entity
@Table(name = "link_check")
public class LinkCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String urlHash;
    private String url;
    private String host;
    private int consecutiveFailures;
    private Integer lastStatus;
    private String lastError;
    private LocalDateTime lastCheckedAt;
    private LocalDateTime flaggedSince;

    protected LinkCheck() {
    }

    static LinkCheck of(String urlHash, String url, String host) {
        LinkCheck check = new LinkCheck();
        check.urlHash = urlHash;
        check.url = url;
        check.host = host;
        return check;
    }

    /** Records one check; after {@code threshold} failures in a row the address is flagged, a success clears it. */
    void record(LinkChecker.Result result, int threshold, LocalDateTime at) {
        lastStatus = result.status();
        lastError = result.error();
        lastCheckedAt = at;
        if (result.reachable()) {
            consecutiveFailures = 0;
            flaggedSince = null;
        } else {
            consecutiveFailures++;
            if (consecutiveFailures >= threshold && flaggedSince == null) {
                flaggedSince = at;
            }
        }
    }

    public String urlHash() {
        return urlHash;
    }

    public String url() {
        return url;
    }

    public String host() {
        return host;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public LocalDateTime lastCheckedAt() {
        return lastCheckedAt;
    }

    public LocalDateTime flaggedSince() {
        return flaggedSince;
    }
}
