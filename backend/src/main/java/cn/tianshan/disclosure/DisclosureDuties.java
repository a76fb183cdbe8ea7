package cn.tianshan.disclosure;

import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.disclosure.DisclosureEnums.RequestStatus;
import cn.tianshan.disclosure.DisclosureRepositories.RequestRepository;
import cn.tianshan.inbox.Duty;
import cn.tianshan.inbox.DutySource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requests waiting for the signed-in user: the site office's registration, reply and delivery; a leader's extension decision; the unit's opinion. */
@ApplicationScoped
class DisclosureDuties implements DutySource {

    private final RequestRepository requests;
    private final DisclosureCases cases;
    private final CurrentUser user;

    DisclosureDuties(RequestRepository requests, DisclosureCases cases, CurrentUser user) {
        this.requests = requests;
        this.cases = cases;
        this.user = user;
    }

    @Override
    public List<Duty> dutiesOfCurrentUser() {
        List<DisclosureRequest> found = new ArrayList<>();
        if (user.has(Role.SITE_OFFICE)) {
            found.addAll(requests.inStatus(List.of(RequestStatus.SUBMITTED, RequestStatus.HANDLING, RequestStatus.THIRD_PARTY,
                    RequestStatus.REPLIED)));
        } else if (user.has(Role.UNIT_HEAD) || user.has(Role.DEPT_REVIEWER)) {
            user.unitCode().ifPresent(unit -> requests.inStatus(List.of(RequestStatus.HANDLING)).stream()
                    .filter(r -> unit.equals(r.unitCode()) && r.unitOpinion() == null).forEach(found::add));
        }
        if (user.has(Role.LEADER)) {
            found.addAll(requests.extensionRequested());
        }
        Map<Long, ClockView> clocks = cases.replyClocks(found.stream().map(DisclosureRequest::id).toList());
        List<Duty> duties = new ArrayList<>();
        for (DisclosureRequest r : found) {
            ClockView c = clocks.get(r.id());
            duties.add(new Duty("disclosure", "依申请公开", DisclosureCases.SUBJECT, r.id(), r.applicantName() + "的公开申请",
                    cases.unitName(r.unitCode()), step(r), r.receivedAt().toLocalDate(), c == null ? null : c.dueOn(),
                    r.receivedAt(), null, DisclosureCases.consolePath(r.id()), null, null, null, List.of()));
        }
        return duties;
    }

    private String step(DisclosureRequest r) {
        if (user.has(Role.LEADER) && r.extensionStatus() == DisclosureEnums.ExtensionStatus.REQUESTED) {
            return "审批延期";
        }
        return switch (r.status()) {
            case SUBMITTED -> "登记转办或告知补正";
            case HANDLING -> user.has(Role.SITE_OFFICE) ? "答复" : "提出办理意见";
            case THIRD_PARTY -> "等待第三方意见";
            case REPLIED -> "登记送达";
            default -> r.status().label();
        };
    }
}
