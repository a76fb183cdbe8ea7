package cn.tianshan.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock of the application, in the site's time zone. Nothing calls {@code now()} without it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "tianshan.time-zone") ZoneId zone) {
        return new SiteClock(zone);
    }
}
