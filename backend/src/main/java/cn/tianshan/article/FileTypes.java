package cn.tianshan.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Which files may be attached, and whether a file is what its name says: the type comes from the bytes
 * (Apache Tika's magic detection; Office Open XML told apart by its package parts), never from the name.
 */
public final class FileTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String OLE2 = "application/x-tika-msoffice";

    /** Extension → the detected types its content may have. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("doc", Set.of(OLE2, "application/msword")),
            Map.entry("xls", Set.of(OLE2, "application/vnd.ms-excel")),
            Map.entry("ppt", Set.of(OLE2, "application/vnd.ms-powerpoint")),
            Map.entry("docx", Set.of(DOCX)),
            Map.entry("xlsx", Set.of(XLSX)),
            Map.entry("pptx", Set.of(PPTX)),
            Map.entry("jpg", Set.of("image/jpeg")),
            Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("png", Set.of("image/png")),
            Map.entry("gif", Set.of("image/gif")));

    /** What the browser is told when downloading, per extension. */
    private static final Map<String, String> SERVED_AS = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"), Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", DOCX), Map.entry("xlsx", XLSX), Map.entry("pptx", PPTX), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"));

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    public record Verdict(boolean accepted, String mediaType, String problem) {
    }

    public static Verdict check(String originalName, byte[] content) {
        String extension = extension(originalName).orElse("");
        Set<String> expected = ALLOWED.get(extension);
        if (expected == null) {
            return new Verdict(false, null, "不接受 ." + extension + " 类型的文件；可上传："
                    + String.join("、", new java.util.TreeSet<>(ALLOWED.keySet())));
        }
        String detected = detect(content);
        if (!expected.contains(detected)) {
            return new Verdict(false, detected, "文件名是 ." + extension + "，但文件内容是 " + describe(detected)
                    + "：文件类型与扩展名不符，请检查后重新上传");
        }
        return new Verdict(true, SERVED_AS.get(extension), null);
    }

    private static String describe(String mediaType) {
        return switch (mediaType) {
            case "text/plain" -> "纯文本（text/plain）";
            case "text/html" -> "网页（text/html）";
            case "application/x-msdownload", "application/x-dosexec" -> "可执行程序（" + mediaType + "）";
            case "application/zip" -> "压缩包（application/zip）";
            default -> mediaType;
        };
    }

    public static Optional<String> extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String detect(byte[] content) {
        String type;
        try (InputStream in = new ByteArrayInputStream(content)) {
            type = TIKA.detect(in);
        } catch (IOException e) {
            return "application/octet-stream";
        }
        return "application/x-tika-ooxml".equals(type) || "application/zip".equals(type) ? officeOpenXml(content).orElse(type) : type;
    }

    /** An OOXML package is a zip whose parts say what it is: word/, xl/ or ppt/. */
    private static Optional<String> officeOpenXml(byte[] content) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = XLSX;
                } else if (name.startsWith("ppt/")) {
                    kind = PPTX;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }
}
