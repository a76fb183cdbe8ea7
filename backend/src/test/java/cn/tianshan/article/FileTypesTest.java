package cn.tianshan.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content decides the type; ArticlesTest proves the same through the upload endpoint. */
class FileTypesTest {

    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n%%EOF".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @Test
    void aPdfNamedPdfIsAccepted() {
        assertThat(FileTypes.check("文件.PDF", PDF)).satisfies(v -> {
            assertThat(v.accepted()).isTrue();
            assertThat(v.mediaType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void aPngNamedJpgIsRefused() {
        FileTypes.Verdict verdict = FileTypes.check("照片.jpg", PNG);
        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.problem()).contains("image/png");
    }

    @Test
    void anUnlistedExtensionIsRefused() {
        assertThat(FileTypes.check("tool.exe", new byte[] {'M', 'Z'}).accepted()).isFalse();
        assertThat(FileTypes.check("noextension", PDF).accepted()).isFalse();
    }
}
