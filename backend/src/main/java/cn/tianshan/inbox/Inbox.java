package cn.tianshan.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every duty of every kind waiting for the current user, soonest due first, longest waiting first. */
@ApplicationScoped
public class Inbox {

    private final Instance<DutySource> sources;

    Inbox(@Any Instance<DutySource> sources) {
        this.sources = sources;
    }

    public List<Duty> duties() {
        List<Duty> duties = new ArrayList<>();
        sources.forEach(source -> duties.addAll(source.dutiesOfCurrentUser()));
        duties.sort(Comparator.comparing(Duty::dueDate, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(Duty::waitingSince, Comparator.nullsLast(LocalDateTime::compareTo)));
        return duties;
    }
}
