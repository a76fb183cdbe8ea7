package cn.tianshan.disclosure;

import cn.tianshan.deadline.ClockState;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.disclosure.DisclosureEnums.ReplyType;
import cn.tianshan.disclosure.DisclosureRepositories.RequestRepository;
import cn.tianshan.disclosure.DisclosureViews.DisclosureStatisticsView;
import cn.tianshan.disclosure.DisclosureViews.MonthCount;
import cn.tianshan.disclosure.DisclosureViews.TypeCount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What the annual disclosure report needs: received, answered by reply type, late, and each month's numbers. */
@ApplicationScoped
public class DisclosureStatistics {

    private final RequestRepository requests;
    private final DisclosureCases cases;

    DisclosureStatistics(RequestRepository requests, DisclosureCases cases) {
        this.requests = requests;
        this.cases = cases;
    }

    public DisclosureStatisticsView of(int year) {
        List<DisclosureRequest> found = requests.receivedBetween(LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0));
        Map<Long, ClockView> clocks = cases.replyClocks(found.stream().map(DisclosureRequest::id).toList());
        long[][] months = new long[12][3];
        long answered = 0;
        long late = 0;
        for (DisclosureRequest r : found) {
            int month = r.receivedAt().getMonthValue() - 1;
            months[month][0]++;
            ClockView c = clocks.get(r.id());
            boolean isLate = c != null && (c.state() == ClockState.DONE_LATE || c.state() == ClockState.OVERDUE
                    || c.state() == ClockState.LONG_OVERDUE);
            if (r.replyType() != null) {
                answered++;
                months[month][1]++;
            }
            if (isLate) {
                late++;
                months[month][2]++;
            }
        }
        List<TypeCount> byType = Arrays.stream(ReplyType.values())
                .map(t -> new TypeCount(t, t.label(), found.stream().filter(r -> r.replyType() == t).count())).toList();
        List<MonthCount> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            byMonth.add(new MonthCount(String.format("%d-%02d", year, m + 1), months[m][0], months[m][1], months[m][2]));
        }
        return new DisclosureStatisticsView(year, found.size(), answered, late, found.size() - answered, byType, byMonth);
    }
}
