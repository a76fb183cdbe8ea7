package cn.tianshan.article;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.AccessPolicy;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.review.ReviewEngine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with an article. Editors work inside their own unit; reviewers read what they are asked to
 * review; the site-wide roles (site office, leaders, secrecy reviewers, technical department) read all.
 * Administrators hold no content role at all (separation of duties), so they never get here.
 */
@ApplicationScoped
class ArticleAccess {

    private final AccessPolicy access;
    private final CurrentUser user;
    private final ReviewEngine engine;

    ArticleAccess(AccessPolicy access, CurrentUser user, ReviewEngine engine) {
        this.access = access;
        this.user = user;
        this.engine = engine;
    }

    boolean seesEveryUnit() {
        return user.roles().stream().anyMatch(r -> r.staff() && !r.unitScoped());
    }

    boolean mayRead(Article article) {
        return seesEveryUnit() || user.unitCode().filter(article.unitCode()::equals).isPresent()
                || engine.involves(ArticleSubject.TYPE, article.id());
    }

    void requireRead(Article article) {
        if (!mayRead(article)) {
            throw ProblemException.forbidden("此信息属于其他单位，也没有等待您审核");
        }
    }

    boolean mayEdit(Article article) {
        return access.mayActInUnit(article.unitCode(), Role.EDITOR);
    }

    void requireEdit(Article article) {
        requireEditIn(article.unitCode());
    }

    void requireEditIn(String unitCode) {
        access.requireInUnit(unitCode, Role.EDITOR);
    }

    boolean mayWithdraw(Article article) {
        return access.mayActInUnit(article.unitCode(), Role.SITE_OFFICE, Role.UNIT_HEAD);
    }

    void requireWithdraw(Article article) {
        access.requireInUnit(article.unitCode(), Role.SITE_OFFICE, Role.UNIT_HEAD);
    }
}
