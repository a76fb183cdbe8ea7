package cn.tianshan.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Replaces the token's roles with the {@link EffectiveRoles}, so every {@code @RolesAllowed} in the
 * application already obeys separation of duties, and adds the group role {@code staff}. What was withheld
 * stays visible as an attribute.
 */
@ApplicationScoped
public class RoleSeparationAugmentor implements SecurityIdentityAugmentor {

    public static final String WITHHELD_ROLES = "tianshan.withheldRoles";
    private static final Logger LOG = Logger.getLogger(RoleSeparationAugmentor.class);

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String unit = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(CurrentUser.UNIT_CLAIM) : null;
        EffectiveRoles.Result result = EffectiveRoles.of(identity.getRoles(), unit != null && !unit.isBlank());
        if (!result.withheld().isEmpty()) {
            LOG.warnf("Roles %s withheld from %s: %s", result.withheld(), identity.getPrincipal().getName(), result.reason());
        }
        Set<String> roles = result.roles().stream().map(Role::wireName).collect(Collectors.toSet());
        if (result.roles().stream().anyMatch(r -> r != Role.INTEGRATION)) {
            roles.add(Role.Names.STAFF);
        }
        if (result.roles().stream().anyMatch(Role::staff)) {
            roles.add(Role.Names.CONTENT);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(WITHHELD_ROLES, result.withheld())
                .addRoles(roles)
                .setAnonymous(false);
        builder.addPermissionChecker(identity::checkPermission);
        return Uni.createFrom().item(builder.build());
    }
}
