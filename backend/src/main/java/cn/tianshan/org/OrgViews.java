package cn.tianshan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response bodies of the organisation API. */
public final class OrgViews {

    private OrgViews() {
    }

    public record UnitView(String code, String name, UnitKind kind, String kindLabel, String contactPhone,
                           String contactAddress) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.name(), unit.kind(), unit.kind().label(), unit.contactPhone(),
                    unit.contactAddress());
        }
    }

    public record UnitDetail(UnitView unit, List<DutyRef> duties, LocalDateTime updatedAt, String updatedBy) {
    }

    public record UnitContactChange(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]{5,40}", message = "只能包含数字、空格、+、(、) 和 -")
            String contactPhone,
            @NotBlank @Size(max = 200) String contactAddress) {
    }

    public record DutyRef(String code, String name) {
    }

    public record DutyView(String code, String name, String description, UnitRef holder, LocalDateTime since) {
    }

    public record UnitRef(String code, String name) {
    }

    public record DutyHolderChange(
            @NotBlank @Size(max = 16) String unitCode,
            @NotBlank @Size(max = 200) String reason) {
    }

    /** A person as other people see them: by name, with their unit's name. */
    public record PersonRef(String username, String name, String unitCode, String unitName) {
    }

    /** The leader in charge of a unit today, and the next change already decided, if any. */
    public record LeaderView(UnitRef unit, PersonRef leader, LocalDate since, String reason, LeaderTermView next) {
    }

    public record LeaderTermView(long id, PersonRef leader, LocalDate validFrom, LocalDate validTo, String reason,
                                 String assignedByName, LocalDateTime assignedAt) {
    }

    public record LeaderChange(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+", message = "须为统一身份认证中的用户名") String leaderUsername,
            @Schema(description = "The first day the new leader is in charge (today or later; empty: today)") LocalDate validFrom,
            @NotBlank @Size(max = 200) String reason) {
    }

    public record PersonView(String username, String name, String unitCode, String unitName, List<String> roles,
                             List<String> roleLabels) {
    }

    public record DutyAssignmentView(UnitRef unit, LocalDateTime validFrom, LocalDateTime validTo, String assignedBy,
                                     String assignedByName, String reason) {
    }
}
