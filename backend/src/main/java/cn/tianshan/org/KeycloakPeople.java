package cn.tianshan.org;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.EffectiveRoles;
import cn.tianshan.common.security.RealmAdmin;
import cn.tianshan.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people of the realm, read through Keycloak's admin API ({@link RealmAdmin}: read-only).
 */
@ApplicationScoped
class KeycloakPeople implements PeopleSource {

    private static final int PAGE = 500;

    private final RealmAdmin realmAdmin;

    KeycloakPeople(RealmAdmin realmAdmin) {
        this.realmAdmin = realmAdmin;
    }

    @Override
    public List<Person> fetchAll() {
        RealmResource realmResource = realmAdmin.realm();
        Map<String, Set<String>> rolesByUser = new HashMap<>();
        for (Role role : Role.values()) {
            for (int first = 0; ; first += PAGE) {
                List<UserRepresentation> members = realmResource.roles().get(role.wireName()).getUserMembers(true, first, PAGE);
                members.forEach(m -> rolesByUser.computeIfAbsent(m.getUsername(), u -> new HashSet<>()).add(role.wireName()));
                if (members.size() < PAGE) {
                    break;
                }
            }
        }
        List<Person> people = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> users = realmResource.users().search(null, first, PAGE, false);
            for (UserRepresentation user : users) {
                if (user.getUsername().startsWith("service-account-")) {
                    continue;
                }
                String unit = attribute(user, CurrentUser.UNIT_CLAIM);
                Set<Role> effective = EffectiveRoles.of(rolesByUser.getOrDefault(user.getUsername(), Set.of()),
                        unit != null).roles();
                people.add(new Person(user.getUsername(), chineseName(user), unit, effective, attribute(user, "officePhone"),
                        attribute(user, "mobile"), Boolean.TRUE.equals(user.isEnabled()), user.getEmail()));
            }
            if (users.size() < PAGE) {
                return people;
            }
        }
    }

    /** 孙丽, not “丽 孙”: family name first, no space, as every Chinese form writes a name. */
    static String chineseName(UserRepresentation user) {
        String family = user.getLastName() == null ? "" : user.getLastName().trim();
        String given = user.getFirstName() == null ? "" : user.getFirstName().trim();
        String name = family + given;
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String attribute(UserRepresentation user, String name) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }
}
