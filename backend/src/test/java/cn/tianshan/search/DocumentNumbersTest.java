package cn.tianshan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void documentNumbersAreOneSpellingHoweverTyped() {
        assertThat(DocumentNumbers.normalise("新交办发[2020]60号")).isEqualTo("新交办发〔2020〕60号");
        assertThat(DocumentNumbers.normalise("新交办发（2020） 60 号")).isEqualTo("新交办发〔2020〕60号");
        assertThat(DocumentNumbers.looksLikeOne(DocumentNumbers.normalise("新交办发【2020】60号"))).isTrue();
        assertThat(DocumentNumbers.looksLikeOne("公路养护")).isFalse();
    }
}
