package cn.tianshan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain unit test of the screen and the fingerprint (the real path runs in MailboxMessagesTest). */
class ScreeningTest {

    private final Screening screening = new Screening(List.of("代开发票", " 赌博 "), 3);

    @Test
    void wordsAreFoundThroughSpacesPunctuationAndFullWidth() {
        assertThat(screening.sensitiveWords("长期 代·开 发票")).containsExactly("代开发票");
        assertThat(screening.sensitiveWords("网络ＤＵ赌博")).containsExactly("赌博");
        assertThat(screening.sensitiveWords("道路积水")).isEmpty();
    }

    @Test
    void aLetterWithAFewWordsChangedIsANearDuplicateAndADifferentOneIsNot() {
        String text = "乌鲁木齐至昌吉的高速公路收费站排队时间过长，每天早高峰要排四十分钟以上，希望增加人工收费通道并延长开放时间，方便群众出行。";
        long a = Screening.fingerprint(text);
        long b = Screening.fingerprint(text.replace("四十分钟", "半小时"));
        long c = Screening.fingerprint("建议在喀什市区增设公交专用道，并优化早晚高峰的信号灯配时，缓解交通拥堵问题，提升通勤效率。");
        assertThat(screening.nearDuplicates(a, b)).isTrue();
        assertThat(screening.nearDuplicates(a, c)).isFalse();
    }
}
