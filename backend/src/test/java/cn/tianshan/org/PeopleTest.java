package cn.tianshan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The directory's caching, on a stand-in source (fast); {@code LeaderTermsTest} and the review tests read the real
 * Keycloak through the same path.
 */
class PeopleTest {

    private static final Person WANG = new Person("wang.qiang", "王强", "GLFZZX", Set.of(Role.UNIT_HEAD), null, null, true, null);
    private static final Person CHEN = new Person("chen.jun", "陈军", "TLD", Set.of(Role.LEADER), null, null, true, null);

    private static final class Source implements PeopleSource {
        final List<Person> people = new ArrayList<>(List.of(WANG));
        final AtomicInteger reads = new AtomicInteger();
        boolean down;

        @Override
        public List<Person> fetchAll() {
            reads.incrementAndGet();
            if (down) {
                throw new IllegalStateException("Keycloak unreachable");
            }
            return List.copyOf(people);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void namesComeFromTheDirectoryAndAnUnknownPersonIsLookedForAtMostEveryHalfMinute() {
        Source source = new Source();
        MovableClock clock = new MovableClock();
        People people = new People(source, clock);
        assertThat(people.nameOf("wang.qiang")).isEqualTo("王强");
        assertThat(people.nameOf("chen.jun")).isEqualTo("chen.jun");
        int reads = source.reads.get();
        source.people.add(CHEN);
        assertThat(people.nameOf("chen.jun")).isEqualTo("chen.jun");
        assertThat(source.reads.get()).isEqualTo(reads);
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(people.nameOf("chen.jun")).isEqualTo("陈军");
        assertThat(people.matching(p -> p.holds(Role.LEADER))).extracting(Person::name).containsExactly("陈军");
    }

    @Test
    void whenKeycloakIsDownTheLastCopyStaysAndWithoutAnyCopyTheCheckIsA503() {
        Source source = new Source();
        MovableClock clock = new MovableClock();
        People people = new People(source, clock);
        assertThat(people.nameOf("wang.qiang")).isEqualTo("王强");
        source.down = true;
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        people.refresh();
        assertThat(people.nameOf("wang.qiang")).isEqualTo("王强");

        Source dead = new Source();
        dead.down = true;
        People blind = new People(dead, new MovableClock());
        assertThat(blind.nameOf("wang.qiang")).isEqualTo("wang.qiang");
        assertThatThrownBy(() -> blind.requireDirectory("wang.qiang")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(503));
    }
}
