package cn.tianshan.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 9's host judgement, on the parsed host as a browser reads it, never on a substring. */
class LinkTargetTest {

    private final GovernmentHosts government = new GovernmentHosts(List.of("gov.cn"), Optional.of(List.of("www.12306.cn")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.mot.gov.cn/zhengcejiedu/                      | GOVERNMENT",
            "http://jtyst.xinjiang.gov.cn:8080/xxgk                   | GOVERNMENT",
            "HTTPS://WWW.GOV.CN./home                                  | GOVERNMENT",
            "https://gov.cn                                            | GOVERNMENT",
            "//www.xinjiang.gov.cn/                                    | GOVERNMENT",
            "https://www.交通运输部.gov.cn/                             | GOVERNMENT",
            "https://xn--fiqs8s.gov.cn/                                | GOVERNMENT",
            "https://www.12306.cn/index/                               | GOVERNMENT",
            "https://gov.cn.example.com/                               | OTHER",
            "https://example.com/gov.cn                                | OTHER",
            "https://example.com/?u=https://www.gov.cn                 | OTHER",
            "https://user@gov.cn@evil.com/                             | OTHER",
            "https://www.gov.cn@evil.com/                              | OTHER",
            "https://evil.com\\@www.gov.cn/                             | OTHER",
            "https://evil.com#.gov.cn                                  | OTHER",
            "https://notgov.cn/                                        | OTHER",
            "https://xgov.cn/                                          | OTHER",
            "https://www.gov.cn.evil.com./                             | OTHER",
            "https://kyfw.12306.cn/                                    | OTHER",
            "https://例子.中国/                                          | OTHER",
            "/columns/12                                               | INTERNAL",
            "#top                                                      | INTERNAL",
            "mailto:webmaster@jtyst.xinjiang.gov.cn                    | INTERNAL",
            "../items/3                                                | INTERNAL",
            "ftp://files.example.com/a                                 | UNREADABLE",
            "https://exa mple.com/                                     | UNREADABLE",
            "https://example.com:abc/                                  | UNREADABLE",
            "https://[::1/                                             | UNREADABLE",
    })
    void judgesTheHostABrowserWouldVisit(String url, String expected) {
        LinkTarget target = LinkTarget.of(url);
        String verdict = switch (target.kind()) {
            case INTERNAL -> "INTERNAL";
            case UNREADABLE -> "UNREADABLE";
            case OUTBOUND -> government.isGovernment(target.host()) ? "GOVERNMENT" : "OTHER";
        };
        assertThat(verdict).as("%s (host %s)", url, target.host()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://user@gov.cn@evil.com/x | evil.com",
            "HTTPS://Example.COM.:443/      | example.com",
            "https://www.交通运输部.gov.cn/   | www.xn--tlqy69mhfazkr9a.gov.cn",
    })
    void normalisesTheHost(String url, String host) {
        assertThat(LinkTarget.hostOf(url)).contains(host);
    }

    @org.junit.jupiter.api.Test
    void interleavesHostsSoNoHostHoldsTheQueue() {
        assertThat(LinkChecker.interleavedByHost(List.of("http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1")))
                .containsExactly("http://a/1", "http://b/1", "http://c/1", "http://a/2", "http://a/3");
    }
}
