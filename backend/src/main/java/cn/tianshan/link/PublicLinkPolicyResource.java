package cn.tianshan.link;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the public site needs to warn a reader before they leave for a non-government site. */
@Path("/public/link-policy")
@Tag(name = "Public")
@PermitAll
public class PublicLinkPolicyResource {

    public record LinkPolicyView(List<String> governmentDomains, List<String> listedHosts) {
    }

    private final GovernmentHosts government;

    PublicLinkPolicyResource(GovernmentHosts government) {
        this.government = government;
    }

    @GET
    @Operation(operationId = "getLinkPolicy", summary = "Government domains and listed hosts: links elsewhere get a leaving notice on the public site")
    public LinkPolicyView policy() {
        return new LinkPolicyView(government.domains(), government.listedHosts());
    }
}
