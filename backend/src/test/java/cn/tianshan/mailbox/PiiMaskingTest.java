package cn.tianshan.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain unit test of the masking (the real path, with the refusal on publication, runs in MailboxMessagesTest). */
class PiiMaskingTest {

    @Test
    void everyKindOfPersonalDataIsFoundAndMasked() {
        String text = "我叫王小明，身份证650102198001011234，手机13912345678，座机0991-2345678，邮箱wxm@example.com，车牌新A·12345。";
        List<PiiMasking.Finding> found = PiiMasking.find(text, List.of());
        assertThat(found).extracting(PiiMasking.Finding::kind)
                .contains("身份证号", "手机号码", "电话号码", "电子邮箱", "车牌号", "姓名");
        String masked = PiiMasking.mask(text, List.of());
        assertThat(masked).doesNotContain("王小明", "650102198001011234", "13912345678", "2345678", "wxm@", "12345。")
                .contains("王**", "139****5678", "w***@example.com");
        assertThat(PiiMasking.find(masked, List.of())).isEmpty();
    }

    @Test
    void theWritersOwnNameIsMaskedWhereverItAppears() {
        assertThat(PiiMasking.mask("李强反映的问题已处理，请李强同志留意。", List.of("李强"))).isEqualTo("李*反映的问题已处理，请李*同志留意。");
    }

    @Test
    void ordinaryNumbersAreLeftAlone() {
        assertThat(PiiMasking.find("G30 线 K3500 处，2026 年共 2300 公里，投资 12.5 亿元。", List.of())).isEmpty();
    }
}
