package cn.tianshan.audit;

import cn.tianshan.common.time.Timestamps;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditor's window on the audit log: search, export, verify. Nothing here changes a record. */
@Path("/audit")
@Tag(name = "Audit", description = "审计日志（仅审计管理员）")
@RolesAllowed(Role.Names.AUDITOR)
public class AuditResource {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditLog log;
    private final Clock clock;

    AuditResource(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GET
    @Path("/records")
    @Operation(operationId = "searchAuditRecords", summary = "Search audit records, newest first")
    public AuditPage search(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("username") String username, @QueryParam("unit") String unit,
                            @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return log.search(query(from, to, username, unit, action, outcome),
                Params.intInRange("page", page, 0, 0, 1_000_000), Params.intInRange("size", size, 50, 1, 200));
    }

    @GET
    @Path("/records/export")
    @Produces("text/csv")
    @Audited(action = "audit.export", targetType = "audit-log")
    @Operation(operationId = "exportAuditRecords", summary = "Export matching audit records as CSV (UTF-8 with BOM, opens in Excel)")
    @APIResponse(responseCode = "200", description = "CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("username") String username, @QueryParam("unit") String unit,
                           @QueryParam("action") String action, @QueryParam("outcome") String outcome) {
        AuditQuery query = query(from, to, username, unit, action, outcome);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write(AuditCsv.HEADER);
            log.forEach(query, record -> {
                try {
                    writer.write(AuditCsv.row(record));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        String file = "audit-" + FILE_TIME.format(Timestamps.now(clock)) + ".csv";
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @GET
    @Path("/verification")
    @Audited(action = "audit.verify", targetType = "audit-log")
    @Operation(operationId = "verifyAuditChain", summary = "Walk the hash chain and report the first broken record, if any")
    public ChainVerification verify() {
        return log.verify();
    }

    private static AuditQuery query(String from, String to, String username, String unit, String action, String outcome) {
        return new AuditQuery(Params.dateTimeOrNull("from", from), Params.dateTimeOrNull("to", to),
                Params.blankToNull(username), Params.blankToNull(unit), Params.blankToNull(action),
                Params.enumOrNull("outcome", outcome, AuditEntry.Outcome.class));
    }
}
