package cn.tianshan.site;

import io.smallrye.config.ConfigMapping;

/**
 * The site identity block every public page carries (国办发〔2017〕47号): name, 网站标识码, ICP and
 * public-security filing numbers, sponsor and contact. All configuration, so each deployment sets its own.
 */
@ConfigMapping(prefix = "tianshan.site")
public interface SiteIdentityConfig {

    String name();

    String domain();

    String identificationCode();

    String icpNumber();

    String publicSecurityFiling();

    String sponsor();

    String organizer();

    String contactPhone();

    String contactAddress();

    String contactEmail();

    /**
     * The national "我为政府网站找错" entry every page carries (国办发〔2017〕47号): {siteCode} is replaced by the
     * 网站标识码.
     */
    String errorReportUrl();

    /** The error-report address of this site. */
    default String errorReportLink() {
        return errorReportUrl().replace("{siteCode}", identificationCode());
    }
}
