package cn.tianshan.site;

import cn.tianshan.link.LinkSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The addresses of topic columns that are existing topic sites elsewhere, for the reachability monitor. */
@ApplicationScoped
class ColumnAddresses implements LinkSource {

    private final Sites sites;

    ColumnAddresses(Sites sites) {
        this.sites = sites;
    }

    @Override
    public List<Occurrence> outboundLinks() {
        return sites.externalAddresses();
    }
}
