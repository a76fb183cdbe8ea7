package cn.tianshan.review;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with a reviewed public document (a survey, a consultation, an interview): its unit's editors and
 * head draft and run it, the site office may do so for any unit, leaders and the technical department read them all.
 */
@ApplicationScoped
public class DocumentAccess {

    private final CurrentUser user;

    DocumentAccess(CurrentUser user) {
        this.user = user;
    }

    /** The caller's unit, which a new document belongs to; 403 for anyone who may not draft ({@code what}: "发起网上调查"). */
    public String draftingUnit(String what) {
        String unit = user.unitCode().orElseThrow(() -> ProblemException.forbidden("只有所属单位的工作人员才能" + what));
        if (!drafts()) {
            throw ProblemException.forbidden("只有信息员、单位负责人或厅网站主管处室可以" + what);
        }
        return unit;
    }

    /** The unit whose documents the caller lists, or null for all units. */
    public String listedUnit() {
        return seesAllUnits() ? null : user.unitCode().orElse("-");
    }

    public boolean seesAllUnits() {
        return user.has(Role.SITE_OFFICE) || user.has(Role.LEADER) || user.has(Role.TECH_OPS);
    }

    public boolean owns(ReviewedDocument d) {
        return user.unitCode().map(d.unitCode()::equals).orElse(false);
    }

    public boolean drafts() {
        return user.has(Role.EDITOR) || user.has(Role.UNIT_HEAD) || user.has(Role.SITE_OFFICE);
    }

    /** One of the document's own unit who may change, submit and run it. */
    public boolean runs(ReviewedDocument d) {
        return owns(d) && drafts();
    }

    /** Moderation of what the public sends in: the unit that runs it, or the site office. */
    public boolean moderates(ReviewedDocument d) {
        return runs(d) || user.has(Role.SITE_OFFICE);
    }

    /** Ending it early: the unit's head, or the site office. */
    public boolean closes(ReviewedDocument d) {
        return user.has(Role.SITE_OFFICE) || (user.has(Role.UNIT_HEAD) && owns(d));
    }

    public boolean reads(ReviewedDocument d) {
        return seesAllUnits() || owns(d);
    }
}
