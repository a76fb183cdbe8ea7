package cn.tianshan.org;

import cn.tianshan.common.error.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Who works here: the directory every feature asks for names ("陈军", never "chen.jun"), for who may take a
 * step, and for phone numbers on printed forms. A copy of Keycloak's users is kept in memory and refreshed
 * every few minutes on each instance (and at once when someone unknown is asked for, at most every half
 * minute); when Keycloak cannot be reached the last copy stays in use.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);
    private static final Duration RETRY_UNKNOWN = Duration.ofSeconds(30);

    private record Snapshot(Map<String, Person> byUsername, Instant loadedAt) {
    }

    private final PeopleSource source;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile Instant lastAttempt = Instant.EPOCH;

    People(PeopleSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public Optional<Person> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Person person = current().get(username);
        if (person == null && mayRetry()) {
            refresh();
            person = current().get(username);
        }
        return Optional.ofNullable(person);
    }

    /** The person's name; their username only when the directory does not know them. */
    public String nameOf(String username) {
        return find(username).map(Person::name).orElse(username);
    }

    /** Everyone enabled who satisfies {@code test}, by unit then name. */
    public List<Person> matching(Predicate<Person> test) {
        return current().values().stream().filter(Person::enabled).filter(test)
                .sorted(Comparator.comparing((Person p) -> p.unitCode() == null ? "" : p.unitCode()).thenComparing(Person::name))
                .toList();
    }

    /** The usernames of everyone enabled holding {@code role}; in {@code unitCode} only, unless it is null. */
    public List<String> holding(cn.tianshan.common.security.Role role, String unitCode) {
        return matching(p -> p.holds(role) && (unitCode == null || unitCode.equals(p.unitCode()))).stream()
                .map(Person::username).toList();
    }

    /** Whether the directory has been read at least once (else names fall back to usernames). */
    public boolean available() {
        return snapshot != null || (mayRetry() && refresh());
    }

    /** The person, who must exist; a 503 when the directory cannot be read at all. */
    public Optional<Person> requireDirectory(String username) {
        if (!available()) {
            throw ProblemException.unavailable("directory-unavailable", "人员目录暂不可用",
                    "暂时无法连接统一身份认证服务，不能核对人员，请稍后再试");
        }
        return find(username);
    }

    @Scheduled(every = "${tianshan.directory.refresh:5m}", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshRegularly() {
        refresh();
    }

    synchronized boolean refresh() {
        lastAttempt = clock.instant();
        try {
            Map<String, Person> people = source.fetchAll().stream()
                    .collect(Collectors.toUnmodifiableMap(Person::username, Function.identity(), (a, b) -> a));
            snapshot = new Snapshot(people, clock.instant());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the people directory from Keycloak (keeping %s): %s",
                    snapshot == null ? "nothing" : "the copy of " + snapshot.loadedAt(), e.toString());
            return false;
        }
    }

    private Map<String, Person> current() {
        Snapshot known = snapshot;
        if (known == null && mayRetry() && refresh()) {
            known = snapshot;
        }
        return known == null ? Map.of() : known.byUsername();
    }

    /** A failed or fruitless read is not repeated for half a minute, so an unreachable Keycloak costs little. */
    private boolean mayRetry() {
        return lastAttempt.plus(RETRY_UNKNOWN).isBefore(clock.instant());
    }
}
