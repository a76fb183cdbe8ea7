package cn.tianshan.demo;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs a piece of work as one of the demo people, through the same services (and the same rules) a request of
 * theirs would: a request context whose identity carries their username, unit, name and roles.
 */
@ApplicationScoped
class ActingAs {

    /** The claims the services read from a verified token. */
    private record DemoToken(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    private final People people;
    private final CurrentIdentityAssociation identities;

    ActingAs(People people, CurrentIdentityAssociation identities) {
        this.people = people;
        this.identities = identities;
    }

    <T> T as(String username, Supplier<T> work) {
        Person person = people.find(username).orElseThrow(() -> new IllegalStateException("no demo person " + username));
        ManagedContext request = Arc.container().requestContext();
        // Start-up and tests run with a request context of their own: set it aside, act in a fresh one, put it back.
        InjectableContext.ContextState outer = request.getStateIfActive();
        if (outer != null) {
            request.deactivate();
        }
        request.activate();
        try {
            Map<String, Object> claims = new HashMap<>();
            claims.put("preferred_username", person.username());
            claims.put("family_name", person.name().substring(0, 1));
            claims.put("given_name", person.name().substring(1));
            claims.put(CurrentUser.UNIT_CLAIM, person.unitCode());
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(new DemoToken(claims));
            person.roles().forEach(r -> identity.addRole(r.wireName()));
            identity.addRole(Role.Names.STAFF).addRole(Role.Names.CONTENT);
            identities.setIdentity(identity.build());
            return work.get();
        } finally {
            request.terminate();
            if (outer != null) {
                request.activate(outer);
            }
        }
    }

    void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
