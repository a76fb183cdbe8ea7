package cn.tianshan.common.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Separation of duties applied to the roles a token carries (等级保护 三员分立):
 * <ul>
 *   <li>someone holding an administrator role loses every content role: administrators never read or change content;</li>
 *   <li>someone holding two administrator roles keeps none of them: the three must be different people;</li>
 *   <li>a unit-scoped role without a unit claim acts nowhere.</li>
 * </ul>
 */
public final class EffectiveRoles {

    private EffectiveRoles() {
    }

    public record Result(Set<Role> roles, Set<Role> withheld, String reason) {
    }

    public static Result of(Set<String> tokenRoles, boolean hasUnit) {
        Set<Role> granted = tokenRoles.stream().map(Role::fromWireName).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Set<Role> administrator = granted.stream().filter(Role::administrator)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        EnumSet<Role> effective = EnumSet.noneOf(Role.class);
        effective.addAll(granted);
        StringBuilder reason = new StringBuilder();
        if (administrator.size() > 1) {
            effective.removeAll(administrator);
            reason.append("administrator roles ").append(administrator).append(" must be held by different people; ");
        }
        if (!administrator.isEmpty()) {
            effective.removeIf(r -> !r.administrator());
            reason.append("administrators hold no content or integration role; ");
        }
        if (!hasUnit) {
            effective.removeIf(Role::unitScoped);
            reason.append("unit-scoped roles need a unit claim; ");
        }
        EnumSet<Role> withheld = EnumSet.noneOf(Role.class);
        withheld.addAll(granted);
        withheld.removeAll(effective);
        return new Result(Set.copyOf(effective), Set.copyOf(withheld), withheld.isEmpty() ? "" : reason.toString().trim());
    }
}
