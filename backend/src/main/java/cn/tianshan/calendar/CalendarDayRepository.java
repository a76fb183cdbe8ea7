package cn.tianshan.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, Long> {

    List<CalendarDay> between(LocalDate from, LocalDate to, Collection<String> regions) {
        return list("day >= ?1 and day <= ?2 and regionCode in ?3", Sort.ascending("day", "regionCode"), from, to, regions);
    }

    Optional<CalendarDay> find(LocalDate day, String region) {
        return find("day = ?1 and regionCode = ?2", day, region).firstResultOptional();
    }

    long deleteSchedule(int year, String region, Collection<LocalDate> alsoDays) {
        long deleted = delete("scheduleYear = ?1 and regionCode = ?2", year, region);
        if (!alsoDays.isEmpty()) {
            deleted += delete("regionCode = ?1 and day in ?2", region, alsoDays);
        }
        return deleted;
    }
}
