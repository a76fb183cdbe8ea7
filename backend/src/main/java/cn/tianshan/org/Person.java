package cn.tianshan.org;

import cn.tianshan.common.security.Role;
import java.util.Set;

/**
 * Someone with an account: name in Chinese order (family name first), unit, the roles they may use (after
 * separation of duties, as their token would carry them), and how to reach them (phones, e-mail).
 */
public record Person(String username, String name, String unitCode, Set<Role> roles, String officePhone, String mobile,
                     boolean enabled, String email) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
