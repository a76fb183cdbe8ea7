package cn.tianshan.common.security;

import cn.tianshan.common.error.ProblemException;

/** The outcome of an access rule: allowed, or denied with a reason a person can read. */
public record AccessDecision(boolean allowed, String reason) {

    public static AccessDecision allow() {
        return new AccessDecision(true, "");
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }

    public void orThrow() {
        if (!allowed) {
            throw ProblemException.forbidden(reason);
        }
    }
}
