package cn.tianshan.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: read from the verified token, with the effective roles after separation of duties. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    public String username() {
        if (!authenticated()) {
            return null;
        }
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** Chinese order: family name then given name ("李娜"), falling back to the token's name. */
    public String displayName() {
        String family = claim("family_name");
        String given = claim("given_name");
        if (family != null || given != null) {
            return (family == null ? "" : family) + (given == null ? "" : given);
        }
        String name = claim("name");
        return name != null ? name : username();
    }

    public Optional<String> unitCode() {
        return Optional.ofNullable(claim(UNIT_CLAIM)).filter(u -> !u.isBlank());
    }

    public Set<Role> roles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(name -> Role.fromWireName(name).ifPresent(roles::add));
        return roles;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.wireName());
    }

    @SuppressWarnings("unchecked")
    public Set<Role> withheldRoles() {
        Object withheld = identity.getAttribute(RoleSeparationAugmentor.WITHHELD_ROLES);
        return withheld instanceof Set<?> set ? (Set<Role>) set : Set.of();
    }

    /** The Keycloak session the token belongs to, to notice logins. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(claim("sid"));
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
