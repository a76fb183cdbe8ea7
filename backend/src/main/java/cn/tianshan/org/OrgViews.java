package cn.tianshan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]{5,40}", message = "only digits, spaces, + ( ) and -")
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

    public record LeaderView(UnitRef unit, String leaderUsername, String leaderName, LocalDateTime assignedAt) {
    }

    public record LeaderChange(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]+", message = "a Keycloak username") String leaderUsername,
            @NotBlank @Size(max = 50) String leaderName) {
    }

    public record DutyAssignmentView(UnitRef unit, LocalDateTime validFrom, LocalDateTime validTo, String assignedBy,
                                     String reason) {
    }
}
