package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.common.web.Params;
import cn.tianshan.publicweb.CachedResponses;
import cn.tianshan.publicweb.PublicCache;
import cn.tianshan.site.Sites;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The anonymous read API of the public site and integrators: sites, column trees, column listings (keyset
 * pagination), article pages, attachments and the policy catalogue. Cached, with ETag and 304.
 */
@Path("/public")
@Tag(name = "Public")
@PermitAll
public class PublicContentResource {

    private final PublicArticles articles;
    private final Sites sites;
    private final CachedResponses responses;
    private final DisclosureCatalogue catalogue;

    PublicContentResource(PublicArticles articles, Sites sites, CachedResponses responses, DisclosureCatalogue catalogue) {
        this.articles = articles;
        this.sites = sites;
        this.responses = responses;
        this.catalogue = catalogue;
    }

    @GET
    @Path("/sites")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicSites", summary = "The main site and the topic sites")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = cn.tianshan.site.SiteViews.SiteView[].class)))
    public Uni<Response> sites(@HeaderParam("If-None-Match") String etag) {
        return responses.json("sites", etag, sites::sites);
    }

    @GET
    @Path("/sites/{code}/home")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicHome", summary = "A site's homepage: navigation, the latest articles of each homepage column, topic sites")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.Home.class)))
    public Uni<Response> home(@PathParam("code") String code, @HeaderParam("If-None-Match") String etag) {
        return responses.json("home:" + code, etag, () -> articles.home(code));
    }

    @GET
    @Path("/sites/{code}/columns")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicColumnTree", summary = "A site's public column tree (no hidden columns)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = cn.tianshan.site.SiteViews.ColumnNode[].class)))
    public Uni<Response> tree(@PathParam("code") String code, @HeaderParam("If-None-Match") String etag) {
        return responses.json("tree:" + code, etag, () -> sites.tree(
                sites.siteByCode(code).orElseThrow(() -> cn.tianshan.common.error.ProblemException.notFound("site", code)).id(), true));
    }

    @GET
    @Path("/columns/{id}/articles")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicColumnArticles", summary = "A column's published articles, newest first; pass 'next' back as 'after' for the following page")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.ColumnPage.class)))
    public Uni<Response> column(@PathParam("id") long id, @QueryParam("after") String after, @QueryParam("size") String size,
                                @HeaderParam("If-None-Match") String etag) {
        int pageSize = Params.intInRange("size", size, 20, 1, 100);
        String cursor = Params.blankToNull(after);
        return responses.jsonFromSingleStatements("column:" + id + ":" + cursor + ":" + pageSize, etag,
                cursor == null ? PublicCache.Admission.FIRST_REQUEST : PublicCache.Admission.SECOND_REQUEST,
                () -> articles.column(id, cursor, pageSize));
    }

    @GET
    @Path("/articles/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicArticle", summary = "A published article; 410 with the withdrawal notice when withdrawn, 404 when never public or removed")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.PublicArticle.class)))
    public Uni<Response> article(@PathParam("id") long id, @HeaderParam("If-None-Match") String etag) {
        return responses.json(ArticlePages.key(id), etag, () -> articles.article(id));
    }

    @GET
    @Path("/policies")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicPolicies", summary = "The policy catalogue, filtered by 文号, 索引号, validity, date and unit; newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.PolicyPage.class)))
    public Uni<Response> policies(@QueryParam("documentNumber") String documentNumber,
                                  @QueryParam("indexNumber") String indexNumber, @QueryParam("validity") String validity,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("unit") String unit, @QueryParam("after") String after,
                                  @QueryParam("size") String size, @HeaderParam("If-None-Match") String etag) {
        String doc = Params.blankToNull(documentNumber);
        String index = Params.blankToNull(indexNumber);
        Validity v = Params.enumOrNull("validity", validity, Validity.class);
        LocalDate fromDate = from == null || from.isBlank() ? null : Params.date("from", from);
        LocalDate toDate = to == null || to.isBlank() ? null : Params.date("to", to);
        String unitCode = Params.blankToNull(unit);
        String cursor = Params.blankToNull(after);
        int pageSize = Params.intInRange("size", size, 20, 1, 100);
        String key = String.join("|", "policies", String.valueOf(doc), String.valueOf(index), String.valueOf(v),
                String.valueOf(fromDate), String.valueOf(toDate), String.valueOf(unitCode), String.valueOf(cursor),
                Integer.toString(pageSize));
        return responses.json(key, etag, () -> articles.policies(doc, index, v, fromDate, toDate, unitCode, cursor, pageSize));
    }

    @GET
    @Path("/disclosure-catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDisclosureCatalogue", summary = "The proactive-disclosure catalogue: every published item with an index number, by category (a disclosure column), unit and year; newest first, keyset-paged")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.CataloguePage.class)))
    public Uni<Response> catalogue(@QueryParam("category") String category, @QueryParam("unit") String unit,
                                   @QueryParam("year") String year, @QueryParam("after") String after,
                                   @QueryParam("size") String size, @HeaderParam("If-None-Match") String etag) {
        Long categoryId = category == null || category.isBlank() ? null : (long) Params.intInRange("category", category, 0, 1, Integer.MAX_VALUE);
        String unitCode = Params.blankToNull(unit);
        Integer inYear = year == null || year.isBlank() ? null : Params.intInRange("year", year, 0, 2000, 2100);
        String cursor = Params.blankToNull(after);
        int pageSize = Params.intInRange("size", size, 20, 1, 100);
        String key = String.join("|", "catalogue", String.valueOf(categoryId), String.valueOf(unitCode), String.valueOf(inYear),
                String.valueOf(cursor), Integer.toString(pageSize));
        return responses.json(key, etag, () -> catalogue.page(categoryId, unitCode, inYear, cursor, pageSize));
    }

    @GET
    @Path("/disclosure-catalogue/categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDisclosureCategories", summary = "The catalogue's categories (the main site's disclosure columns that hold items) with their counts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicViews.CatalogueCategory.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<Response> catalogueCategories(@HeaderParam("If-None-Match") String etag) {
        return responses.json("catalogue-categories", etag, catalogue::categories);
    }

    @GET
    @Path("/attachments/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadPublicAttachment", summary = "Download an attachment of a published article")
    public Response attachment(@PathParam("id") long id) {
        Articles.AttachmentFile file = articles.attachment(id);
        return Downloads.of(file.path(), file.name(), file.mediaType());
    }
}
