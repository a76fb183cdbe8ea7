package cn.tianshan.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 9: the homepage links in principle to government websites. A host is one when it is, or lies under, a
 * configured government domain (default {@code gov.cn}), or is one of the listed hosts (national, ministry and
 * sector sites outside gov.cn); everything else needs an approved link registration.
 */
@ApplicationScoped
public class GovernmentHosts {

    private final List<String> domains;
    private final List<String> listedHosts;

    GovernmentHosts(@ConfigProperty(name = "tianshan.links.government-domains") List<String> domains,
                    @ConfigProperty(name = "tianshan.links.listed-hosts") Optional<List<String>> listedHosts) {
        this.domains = domains.stream().map(GovernmentHosts::normalise).toList();
        this.listedHosts = listedHosts.orElse(List.of()).stream().map(GovernmentHosts::normalise).toList();
    }

    public List<String> domains() {
        return domains;
    }

    public List<String> listedHosts() {
        return listedHosts;
    }

    public boolean isGovernment(String host) {
        return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d)) || listedHosts.contains(host);
    }

    private static String normalise(String configured) {
        String value = configured.strip().toLowerCase(Locale.ROOT);
        while (value.startsWith(".")) {
            value = value.substring(1);
        }
        return LinkTarget.hostOf("http://" + value).orElse(value);
    }
}
