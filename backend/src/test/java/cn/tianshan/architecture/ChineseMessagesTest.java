package cn.tianshan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user can see is Chinese, problem details included: every message given to a problem, a field error
 * or an access refusal carries Chinese text. Field names and problem types (no spaces) are identifiers, not messages.
 */
class ChineseMessagesTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern CALL = Pattern.compile(
            "(ProblemException\\.(invalid|forbidden|conflict|notFound|unavailable)\\(|new ProblemException\\(|new FieldError\\(|AccessDecision\\.deny\\(|problems\\.send\\()");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void everyProblemMessageIsChinese() throws IOException {
        List<String> english = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String arguments = arguments(source, call.end());
                    Matcher literal = LITERAL.matcher(arguments);
                    List<String> messages = new ArrayList<>();
                    boolean chinese = false;
                    while (literal.find()) {
                        String text = literal.group(1);
                        chinese |= CJK.matcher(text).find();
                        if (text.contains(" ") || text.length() > 30) {
                            messages.add(text);
                        }
                    }
                    if (!chinese && !messages.isEmpty()) {
                        english.add(MAIN.relativize(file) + ": \"" + String.join("\" … \"", messages) + "\"");
                    }
                }
            }
        }
        assertThat(english).as("messages a user would read in English").isEmpty();
    }

    /** The text up to the call's closing parenthesis. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }
}
