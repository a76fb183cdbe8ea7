package cn.tianshan.confidentiality;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One opinion on an Annex 5 form, by the reviewing staff or the leader. Written once, never changed. */
@Entity
@Table(name = "confidentiality_opinion")
public class ConfidentialityOpinion {

    public enum Role {
        STAFF("工作机构或人员审查意见"), LEADER("主管领导意见");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reviewId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Opinion opinion;
    private String note;
    private String username;
    private String name;
    private LocalDateTime givenAt;
    private Long followsOpinionId;

    protected ConfidentialityOpinion() {
    }

    static ConfidentialityOpinion of(long reviewId, Role role, Opinion opinion, String note, String username, String name,
                                     LocalDateTime at, Long follows) {
        ConfidentialityOpinion o = new ConfidentialityOpinion();
        o.reviewId = reviewId;
        o.role = role;
        o.opinion = opinion;
        o.note = note;
        o.username = username;
        o.name = name;
        o.givenAt = at;
        o.followsOpinionId = follows;
        return o;
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public Role role() {
        return role;
    }

    public Opinion opinion() {
        return opinion;
    }

    public String note() {
        return note;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public LocalDateTime givenAt() {
        return givenAt;
    }

    /** For a leader opinion: the staff opinion it was given on. */
    public Long followsOpinionId() {
        return followsOpinionId;
    }
}
