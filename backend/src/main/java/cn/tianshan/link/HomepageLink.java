package cn.tianshan.link;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One link in the homepage's 相关链接 block (Art. 9). */
@Entity
@Table(name = "homepage_link")
public class HomepageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String url;
    private int sortOrder;
    private String createdByName;
    private LocalDateTime createdAt;
    private LocalDateTime removedAt;
    private String removedByName;

    protected HomepageLink() {
    }

    static HomepageLink of(String name, String url, int sortOrder, String byName, LocalDateTime at) {
        HomepageLink link = new HomepageLink();
        link.name = name;
        link.url = url;
        link.sortOrder = sortOrder;
        link.createdByName = byName;
        link.createdAt = at;
        return link;
    }

    void remove(String byName, LocalDateTime at) {
        removedAt = at;
        removedByName = byName;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String createdByName() {
        return createdByName;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime removedAt() {
        return removedAt;
    }
}
