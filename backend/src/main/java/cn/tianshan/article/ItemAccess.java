package cn.tianshan.article;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with an item. Editors work inside their own unit; reviewers read what they are asked to
 * review; the site-wide roles (site office, leaders, secrecy reviewers, technical department) read all.
 * Administrators hold no content role at all (separation of duties), so they never get here.
 */
@ApplicationScoped
class ItemAccess {

    private final AccessPolicy access;
    private final CurrentUser user;
    private final ReviewEngine engine;

    ItemAccess(AccessPolicy access, CurrentUser user, ReviewEngine engine) {
        this.access = access;
        this.user = user;
        this.engine = engine;
    }

    boolean seesEveryUnit() {
        return user.roles().stream().anyMatch(r -> r.staff() && !r.unitScoped());
    }

    boolean mayRead(Item item) {
        return seesEveryUnit() || user.unitCode().filter(item.unitCode()::equals).isPresent()
                || engine.involves(ItemSubject.TYPE, item.id());
    }

    void requireRead(Item item) {
        if (!mayRead(item)) {
            throw ProblemException.forbidden("this item belongs to another unit and is not waiting for you");
        }
    }

    boolean mayEdit(Item item) {
        return access.mayActInUnit(item.unitCode(), Role.EDITOR);
    }

    void requireEdit(Item item) {
        requireEditIn(item.unitCode());
    }

    void requireEditIn(String unitCode) {
        access.requireInUnit(unitCode, Role.EDITOR);
    }

    boolean mayWithdraw(Item item) {
        return access.mayActInUnit(item.unitCode(), Role.SITE_OFFICE, Role.UNIT_HEAD);
    }

    void requireWithdraw(Item item) {
        access.requireInUnit(item.unitCode(), Role.SITE_OFFICE, Role.UNIT_HEAD);
    }
}
