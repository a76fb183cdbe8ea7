package cn.tianshan.common.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one authorisation helper every feature uses: "holds one of these roles" and, for unit-scoped roles,
 * "acts only inside its own unit". Roles reaching here are already the effective ones
 * ({@link RoleSeparationAugmentor}), so administrators never pass a content check.
 */
@ApplicationScoped
public class AccessPolicy {

    private final CurrentUser user;

    AccessPolicy(CurrentUser user) {
        this.user = user;
    }

    /** Allowed when the caller holds any of {@code roles}. */
    public void require(Role... roles) {
        decide(null, roles).orThrow();
    }

    /** Allowed when the caller holds any of {@code roles} that may act on {@code unitCode}. */
    public void requireInUnit(String unitCode, Role... roles) {
        decide(Objects.requireNonNull(unitCode, "unitCode"), roles).orThrow();
    }

    public boolean mayActInUnit(String unitCode, Role... roles) {
        return decide(unitCode, roles).allowed();
    }

    public AccessDecision decide(String unitCode, Role... roles) {
        if (!user.authenticated()) {
            throw new UnauthorizedException();
        }
        return decide(user.roles(), user.unitCode().orElse(null), unitCode, List.of(roles));
    }

    /** The rule itself, free of request state so it can be tested as a plain function. */
    static AccessDecision decide(Set<Role> held, String ownUnit, String targetUnit, List<Role> anyOf) {
        List<Role> matching = anyOf.stream().filter(held::contains).toList();
        if (matching.isEmpty()) {
            return AccessDecision.deny("此操作须由" + labels(anyOf) + "进行");
        }
        if (targetUnit == null) {
            return AccessDecision.allow();
        }
        boolean acts = matching.stream().anyMatch(role -> !role.unitScoped() || targetUnit.equals(ownUnit));
        return acts ? AccessDecision.allow()
                : AccessDecision.deny("您作为" + labels(matching) + "只能处理本单位的事项，此事项属于其他单位");
    }

    private static String labels(List<Role> roles) {
        return roles.stream().map(Role::label).distinct().collect(Collectors.joining("或"));
    }
}
