package cn.tianshan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianshan.testing.DemoUsers;
import cn.tianshan.testing.Flows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shop window of deploy/run is loaded through the real services, so a rule change that breaks it fails here
 * rather than on the first demo. Tests never load it at start-up; this one drives the loader directly.
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theDemoDepartmentHasWorkWaitingInEveryDemoInboxAndTheAuthorKnowsOfTheRejection() {
        demo.load();

        assertThat(titles(Flows.inbox(DemoUsers.SECRECY_REVIEWER))).contains("新疆维吾尔自治区交通运输行政执法程序规定");
        assertThat(titles(Flows.inbox(DemoUsers.NEWS_HEAD))).contains("交通运输厅开展“安全生产月”宣传咨询日活动");
        assertThat(titles(Flows.inbox(DemoUsers.DEPT_REVIEWER))).contains("关于规范公路超限检测站管理工作的通知");
        assertThat(titles(Flows.inbox(DemoUsers.SITE_OFFICE))).anyMatch(t -> t.contains("行政规范性文件"));
        assertThat(Flows.notifications(DemoUsers.EDITOR_AFFILIATED)).anyMatch(n -> String.valueOf(n.get("body"))
                .contains("施工起止时间与交警部门公告不一致"));
    }

    private static List<String> titles(List<Map<String, Object>> duties) {
        return duties.stream().map(d -> String.valueOf(d.get("title"))).toList();
    }
}
