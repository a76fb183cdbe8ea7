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
}
