package cn.tianshan.review;

import cn.tianshan.common.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may take a step: anyone holding one of {@code roles}; if {@code unitCode} is set, only inside that unit
 * (the author's unit, the column's owner, the unit holding a duty such as the site authority); if
 * {@code username} is set, only that person (the leader in charge of a unit).
 */
public record Assignee(Set<Role> roles, String unitCode, String username) {

    public boolean admits(Set<Role> held, String ownUnit, String ownUsername) {
        if (username != null && !username.equals(ownUsername)) {
            return false;
        }
        if (unitCode != null && !unitCode.equals(ownUnit)) {
            return false;
        }
        return roles.stream().anyMatch(held::contains);
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

    String roleLabels() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("或"));
    }
}
