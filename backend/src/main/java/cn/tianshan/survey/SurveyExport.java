package cn.tianshan.survey;

import cn.tianshan.common.export.SafeCells;
import cn.tianshan.survey.SurveyViews.OptionView;
import cn.tianshan.survey.SurveyViews.QuestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Every answer sheet of a survey, one row each and one column per question, as CSV (UTF-8 with BOM) or xlsx. */
@ApplicationScoped
class SurveyExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EntityManager em;

    SurveyExport(EntityManager em) {
        this.em = em;
    }

    byte[] csv(List<QuestionView> questions, long surveyId) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : table(questions, surveyId)) {
            out.append(row.stream().map(SafeCells::csv).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(List<QuestionView> questions, long surveyId, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Tianshan", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("答卷");
            List<List<String>> table = table(questions, surveyId);
            sheet.value(0, 0, title);
            for (int r = 0; r < table.size(); r++) {
                List<String> row = table.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, SafeCells.text(row.get(c)));
                    if (r == 0) {
                        sheet.style(1, c).bold().set();
                    }
                }
            }
            sheet.width(1, 20);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<List<String>> table(List<QuestionView> questions, long surveyId) {
        Map<Long, String> optionLabels = new HashMap<>();
        questions.forEach(q -> q.options().forEach((OptionView o) -> optionLabels.put(o.id(), o.label())));
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("答卷编号", "提交时间"));
        questions.forEach(q -> header.add(q.position() + ". " + q.prompt() + "（" + q.kind().label() + "）"));
        table.add(header);
        Map<Long, Map<Long, List<String>>> sheets = new LinkedHashMap<>();
        Map<Long, String> times = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT r.id, r.answered_at, a.question_id, a.option_id, a.text FROM survey_response r "
                + "LEFT JOIN survey_answer a ON a.response_id = r.id WHERE r.survey_id = ?1 ORDER BY r.id, a.id").setParameter(1, surveyId)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long response = ((Number) r[0]).longValue();
            times.putIfAbsent(response, TIME.format((java.time.LocalDateTime) r[1]));
            Map<Long, List<String>> answers = sheets.computeIfAbsent(response, k -> new HashMap<>());
            if (r[2] != null) {
                String value = r[3] != null ? optionLabels.getOrDefault(((Number) r[3]).longValue(), "") : (String) r[4];
                answers.computeIfAbsent(((Number) r[2]).longValue(), k -> new ArrayList<>()).add(value);
            }
        }
        sheets.forEach((response, answers) -> {
            List<String> line = new ArrayList<>(List.of(Long.toString(response), times.get(response)));
            questions.forEach(q -> line.add(String.join("；", answers.getOrDefault(q.id(), List.of()))));
            table.add(line);
        });
        return table;
    }
}
