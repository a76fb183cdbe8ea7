package cn.tianshan.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal data in a letter before it is shown on the public site: ID-card numbers, mobile and
 * office phone numbers, e-mail addresses, vehicle plate numbers, and the writer's own name (and a name introduced
 * as "我叫…" or "姓名：…"). The handler reviews the masked text before publication; the server refuses a text in
 * which it still finds any of these.
 */
public final class PiiMasking {

    public record Finding(String kind, String text) {
    }

    private record Rule(String kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("身份证号", Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])")),
            new Rule("手机号码", Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)")),
            new Rule("电话号码", Pattern.compile("(?<!\\d)0\\d{2,3}-?\\d{7,8}(?!\\d)")),
            new Rule("电子邮箱", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")),
            new Rule("车牌号", Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•\\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]")),
            new Rule("姓名", Pattern.compile("(?:我叫|我是|本人|姓名[:：]?)\\s*([\\u4e00-\\u9fa5]{2,3})(?=[，,。；;\\s]|$)")));

    private PiiMasking() {
    }

    public static List<Finding> find(String text, Collection<String> knownNames) {
        List<Finding> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String hit = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group();
                if (!hit.contains("*")) {
                    found.add(new Finding(rule.kind(), hit));
                }
            }
        }
        for (String name : knownNames) {
            if (name != null && name.length() >= 2 && text.contains(name)) {
                found.add(new Finding("姓名", name));
            }
        }
        return found;
    }

    public static String mask(String text, Collection<String> knownNames) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (Finding f : find(text, knownNames)) {
            masked = masked.replace(f.text(), maskOne(f));
        }
        return masked;
    }

    private static String maskOne(Finding f) {
        String t = f.text();
        return switch (f.kind()) {
            case "姓名" -> t.charAt(0) + "*".repeat(t.length() - 1);
            case "电子邮箱" -> t.charAt(0) + "***" + t.substring(t.indexOf('@'));
            case "手机号码" -> t.substring(0, 3) + "****" + t.substring(7);
            case "身份证号" -> t.substring(0, 3) + "*".repeat(t.length() - 5) + t.substring(t.length() - 2);
            case "车牌号" -> t.substring(0, 2) + "*".repeat(t.length() - 3) + t.substring(t.length() - 1);
            default -> t.substring(0, Math.min(4, t.length())) + "*".repeat(Math.max(0, t.length() - 4));
        };
    }
}
