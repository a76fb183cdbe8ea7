package cn.tianshan.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class CalendarScheduleRepository implements PanacheRepositoryBase<CalendarSchedule, Long> {

    Optional<CalendarSchedule> of(int year, String region) {
        return find("scheduleYear = ?1 and regionCode = ?2", year, region).firstResultOptional();
    }
}
