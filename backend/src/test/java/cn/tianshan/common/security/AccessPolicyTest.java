package cn.tianshan.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access rule as a plain function; SecurityBoundariesTest proves the same path with real tokens. */
class AccessPolicyTest {

    @Test
    void aUnitScopedRoleActsInsideItsOwnUnit() {
        AccessDecision decision = AccessPolicy.decide(Set.of(Role.UNIT_HEAD), "GLFZZX", "GLFZZX", List.of(Role.UNIT_HEAD));
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void aUnitScopedRoleIsDeniedInAnotherUnitAndTheReasonSaysWhy() {
        AccessDecision decision = AccessPolicy.decide(Set.of(Role.UNIT_HEAD), "GLFZZX", "ZCFGC", List.of(Role.UNIT_HEAD));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("单位负责人").contains("只能处理本单位的事项");
    }

    @Test
    void aSiteWideRoleActsInEveryUnit() {
        AccessDecision decision = AccessPolicy.decide(Set.of(Role.SITE_OFFICE), "BGS", "ZCFGC",
                List.of(Role.UNIT_HEAD, Role.SITE_OFFICE));
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void withoutAnyOfTheRolesTheCallerIsDenied() {
        AccessDecision decision = AccessPolicy.decide(Set.of(Role.EDITOR), "ZCFGC", null, List.of(Role.SITE_OFFICE));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("此操作须由厅网站主管处室进行");
    }

    @Test
    void anAdministratorLosesEveryContentRole() {
        EffectiveRoles.Result result = EffectiveRoles.of(Set.of("editor", "sys-admin"), true);
        assertThat(result.roles()).containsExactly(Role.SYS_ADMIN);
        assertThat(result.withheld()).containsExactly(Role.EDITOR);
    }

    @Test
    void twoAdministratorRolesInOneHandCancelEachOther() {
        EffectiveRoles.Result result = EffectiveRoles.of(Set.of("auditor", "sys-admin"), true);
        assertThat(result.roles()).isEmpty();
        assertThat(result.withheld()).containsExactlyInAnyOrder(Role.AUDITOR, Role.SYS_ADMIN);
    }

    @Test
    void aUnitScopedRoleWithoutAUnitClaimActsNowhere() {
        EffectiveRoles.Result result = EffectiveRoles.of(Set.of("editor", "leader"), false);
        assertThat(result.roles()).containsExactly(Role.LEADER);
    }

    @Test
    void unknownRolesAreIgnored() {
        EffectiveRoles.Result result = EffectiveRoles.of(Set.of("offline_access", "mfa-required", "editor"), true);
        assertThat(result.roles()).containsExactly(Role.EDITOR);
        assertThat(result.withheld()).isEmpty();
    }
}
