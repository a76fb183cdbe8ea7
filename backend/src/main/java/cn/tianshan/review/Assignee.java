package cn.tianshan.review;

import cn.tianshan.common.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may take a step: any of {@code roles}; for unit-scoped roles only inside {@code unitCode}; if
 * {@code username} is set, only that person (the leader assigned to a unit).
 */
public record Assignee(Set<Role> roles, String unitCode, String username) {

    public boolean admits(Set<Role> held, String ownUnit, String ownUsername) {
        if (username != null && !username.equals(ownUsername)) {
            return false;
        }
        return roles.stream().filter(held::contains)
                .anyMatch(role -> !role.unitScoped() || unitCode == null || unitCode.equals(ownUnit));
    }

    String rolesText() {
        return roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
    }

    static Assignee fromText(String roles, String unit, String username) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(Role::fromWireName).forEach(r -> r.ifPresent(parsed::add));
        }
        return new Assignee(parsed, unit, username);
    }

    /** For people: "政策法规处 的 厅相关处室负责人", "陈军（厅分管领导）". */
    public String describe(java.util.function.Function<String, String> unitName) {
        String who = roles.stream().map(Role::label).sorted().collect(Collectors.joining("或"));
        if (username != null) {
            return username + "（" + who + "）";
        }
        return unitCode == null ? who : unitName.apply(unitCode) + " " + who;
    }
}
