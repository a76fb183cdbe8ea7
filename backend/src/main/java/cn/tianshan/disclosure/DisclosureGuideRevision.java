package cn.tianshan.disclosure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One saved version of the disclosure guide; never changed once written. */
@Entity
@Table(name = "disclosure_guide_revision")
public class DisclosureGuideRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String categories;
    private String howToRequest;
    private String officeAddress;
    private String officeHours;
    private String phone;
    private String fax;
    private String onlineContact;
    private String changeNote;
    private String editedByName;
    private LocalDateTime editedAt;

    protected DisclosureGuideRevision() {
    }

    static DisclosureGuideRevision of(int number, DisclosureViews.GuideDraft d, String editedByName, LocalDateTime now) {
        DisclosureGuideRevision r = new DisclosureGuideRevision();
        r.number = number;
        r.categories = d.categories().trim();
        r.howToRequest = d.howToRequest().trim();
        r.officeAddress = d.officeAddress().trim();
        r.officeHours = d.officeHours().trim();
        r.phone = d.phone().trim();
        r.fax = d.fax().trim();
        r.onlineContact = d.onlineContact().trim();
        r.changeNote = d.changeNote().trim();
        r.editedByName = editedByName;
        r.editedAt = now;
        return r;
    }

    DisclosureViews.GuideView view() {
        return new DisclosureViews.GuideView(number, categories, howToRequest, officeAddress, officeHours, phone, fax, onlineContact,
                changeNote, editedByName, editedAt);
    }

    public int number() {
        return number;
    }
}
