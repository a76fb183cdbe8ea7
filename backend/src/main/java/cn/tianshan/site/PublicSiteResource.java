package cn.tianshan.site;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the SPA needs before anyone signs in: the site identity and where to sign in. */
@Path("/public")
@Tag(name = "Public")
@PermitAll
public class PublicSiteResource {

    public record SiteIdentity(String name, String domain, String identificationCode, String icpNumber,
                              String publicSecurityFiling, String sponsor, String organizer, String contactPhone,
                              String contactAddress, String contactEmail,
                              @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "我为政府网站找错: the national error-report entry for this site")
                              String errorReportUrl) {
    }

    public record ClientConfig(String oidcIssuer, String oidcClientId) {
    }

    private final SiteIdentityConfig site;
    private final String issuer;
    private final String clientId;

    PublicSiteResource(SiteIdentityConfig site, @ConfigProperty(name = "tianshan.oidc.public-url") String issuer,
                       @ConfigProperty(name = "tianshan.oidc.spa-client-id") String clientId) {
        this.site = site;
        this.issuer = issuer;
        this.clientId = clientId;
    }

    @GET
    @Path("/site")
    @Operation(operationId = "getSiteIdentity", summary = "The site identity block shown in every public page's footer")
    public SiteIdentity site() {
        return new SiteIdentity(site.name(), site.domain(), site.identificationCode(), site.icpNumber(),
                site.publicSecurityFiling(), site.sponsor(), site.organizer(), site.contactPhone(),
                site.contactAddress(), site.contactEmail(), site.errorReportLink());
    }

    @GET
    @Path("/client-config")
    @Operation(operationId = "getClientConfig", summary = "Where the admin console signs in (OIDC issuer and client)")
    public ClientConfig clientConfig() {
        return new ClientConfig(issuer, clientId);
    }
}
