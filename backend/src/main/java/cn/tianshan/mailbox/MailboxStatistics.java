package cn.tianshan.mailbox;

import cn.tianshan.calendar.WorkingDays;
import cn.tianshan.deadline.ClockState;
import cn.tianshan.deadline.DeadlineViews.ClockView;
import cn.tianshan.mailbox.MailboxRepositories.MessageRepository;
import cn.tianshan.mailbox.MailboxViews.MailboxStatisticsView;
import cn.tianshan.mailbox.MailboxViews.MonthUnitRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public statistics of REQUIREMENTS §4, per month of receipt and handling unit: received, answered, answered on
 * time (before its reply clock's due date, extensions included) and the average working days from receipt to reply.
 * Letters not accepted (不予受理) are not counted.
 */
@ApplicationScoped
public class MailboxStatistics {

    private final MessageRepository messages;
    private final Letters letters;
    private final WorkingDays workingDays;

    MailboxStatistics(MessageRepository messages, Letters letters, WorkingDays workingDays) {
        this.messages = messages;
        this.letters = letters;
        this.workingDays = workingDays;
    }

    private static final class Tally {
        long received;
        long answered;
        long onTime;
        long days;

        void add(MailboxMessage m, ClockView clock, int daysToReply) {
            received++;
            if (m.repliedAt() != null) {
                answered++;
                days += daysToReply;
                if (clock != null && clock.state() == ClockState.DONE) {
                    onTime++;
                }
            }
        }

        Double average() {
            return answered == 0 ? null : Math.round(days * 10.0 / answered) / 10.0;
        }
    }

    public MailboxStatisticsView of(int year) {
        List<MailboxMessage> found = messages.receivedBetween(LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0));
        Map<Long, ClockView> clocks = letters.replyClocks(found.stream().map(MailboxMessage::id).toList());
        Map<String, Tally> byMonthUnit = new TreeMap<>();
        Tally total = new Tally();
        for (MailboxMessage m : found) {
            int days = m.repliedAt() == null ? 0
                    : workingDays.count(m.receivedAt().toLocalDate(), m.repliedAt().toLocalDate()).workingDays();
            String key = String.format("%d-%02d|%s", year, m.receivedAt().getMonthValue(), m.unitCode() == null ? "" : m.unitCode());
            byMonthUnit.computeIfAbsent(key, k -> new Tally()).add(m, clocks.get(m.id()), days);
            total.add(m, clocks.get(m.id()), days);
        }
        List<MonthUnitRow> rows = new ArrayList<>();
        byMonthUnit.forEach((key, t) -> {
            String[] parts = key.split("\\|", -1);
            String unit = parts[1].isEmpty() ? null : parts[1];
            rows.add(new MonthUnitRow(parts[0], unit, unit == null ? "待转办" : letters.unitName(unit), t.received, t.answered,
                    t.onTime, t.average()));
        });
        return new MailboxStatisticsView(year, total.received, total.answered, total.onTime, total.average(), rows);
    }
}
