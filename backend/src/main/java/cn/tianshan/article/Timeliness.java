package cn.tianshan.article;

import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.RevisionRepository;
import cn.tianshan.article.ArticleViews.TimelinessEntry;
import cn.tianshan.article.ArticleViews.TimelinessReport;
import cn.tianshan.article.ArticleViews.UnitTimeliness;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.security.CurrentUser;
import cn.tianshan.common.security.Role;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.org.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Art. 18 per unit: articles first published on time and late in a period (by information date), each late or
 * still overdue one with the due date it missed and why that was its due date. A unit sees its own figures; the
 * site office and the leaders see every unit's. Exported as xlsx for the site office's files.
 */
@ApplicationScoped
public class Timeliness {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final Organisation organisation;
    private final CurrentUser user;
    private final Clock clock;

    Timeliness(ArticleRepository articles, RevisionRepository revisions, Organisation organisation, CurrentUser user,
               Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.organisation = organisation;
        this.user = user;
        this.clock = clock;
    }

    public TimelinessReport report(LocalDate from, LocalDate to, String requestedUnit) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "结束日期不能早于开始日期");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw ProblemException.invalid("to", "统计区间最长两年");
        }
        boolean allUnits = user.has(Role.SITE_OFFICE) || user.has(Role.LEADER);
        String unit = requestedUnit;
        if (!allUnits) {
            String own = user.unitCode().orElseThrow(() -> ProblemException.forbidden("您的账号未归属单位，不能查看时效统计"));
            if (unit != null && !unit.equals(own)) {
                throw ProblemException.forbidden("您只能查看本单位（" + organisation.nameOf(own) + "）的时效统计");
            }
            unit = own;
        }
        LocalDate today = Timestamps.now(clock).toLocalDate();
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<TimelinessEntry> late = new ArrayList<>();
        List<TimelinessEntry> overdue = new ArrayList<>();
        List<Article> found = articles.timeliness(from, to, unit);
        Map<Long, ArticleRepositories.TitleAndNumber> titles = revisions.titles(found.stream().map(Article::currentRevisionId).toList());
        for (Article a : found) {
            long[] c = counts.computeIfAbsent(a.unitCode(), u -> new long[4]);
            String title = titles.get(a.currentRevisionId()).title();
            if (a.firstPublishedAt() != null) {
                c[0]++;
                if (Boolean.TRUE.equals(a.publishedLate())) {
                    c[2]++;
                    late.add(entry(a, title, "迟发（" + a.firstPublishedAt().toLocalDate() + " 发布）"));
                } else {
                    c[1]++;
                }
            } else if (today.isAfter(a.dueDate())) {
                c[3]++;
                overdue.add(entry(a, title, "超期未发布（" + a.editorialStatus().label() + "）"));
            }
        }
        List<UnitTimeliness> units = counts.entrySet().stream().map(e -> new UnitTimeliness(e.getKey(),
                organisation.nameOf(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        return new TimelinessReport(from, to, units, late, overdue, allUnits);
    }

    /** The report as an xlsx workbook: the per-unit figures, then every late and overdue article. */
    public byte[] xlsx(TimelinessReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Tianshan", "1.0")) {
            Worksheet summary = workbook.newWorksheet("按单位统计");
            row(summary, 0, "信息发布时效统计（第十八条）", report.from() + " 至 " + report.to() + "（按信息生成日期）");
            row(summary, 1, "单位", "已发布", "按时发布", "迟发", "超期未发布");
            int r = 2;
            for (UnitTimeliness u : report.units()) {
                row(summary, r++, u.unitName(), u.published(), u.onTime(), u.late(), u.overdueUnpublished());
            }
            Worksheet details = workbook.newWorksheet("迟发与超期信息");
            row(details, 0, "单位", "标题", "类别", "重要信息", "信息生成日期", "发布时限", "情况", "时限说明");
            r = 1;
            for (TimelinessEntry e : concat(report.late(), report.overdue())) {
                row(details, r++, e.unitName(), e.title(), e.kindLabel(), e.important() ? "是" : "否", e.infoDate().toString(),
                        e.dueDate().toString(), e.status(), e.dueExplanation());
            }
            summary.width(0, 24);
            details.width(1, 48);
            details.width(7, 60);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<TimelinessEntry> concat(List<TimelinessEntry> a, List<TimelinessEntry> b) {
        List<TimelinessEntry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void row(Worksheet sheet, int row, Object... values) {
        for (int col = 0; col < values.length; col++) {
            Object v = values[col];
            if (v instanceof Number n) {
                sheet.value(row, col, n);
            } else {
                sheet.value(row, col, v == null ? "" : v.toString());
            }
        }
    }

    private TimelinessEntry entry(Article a, String title, String status) {
        return new TimelinessEntry(a.id(), title, a.unitCode(), organisation.nameOf(a.unitCode()), a.kind(), a.kind().label(),
                a.important(), a.infoDate(), a.dueDate(), a.dueExplanation(), a.firstPublishedAt(), status);
    }
}
