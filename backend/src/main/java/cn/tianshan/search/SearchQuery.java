package cn.tianshan.search;

import cn.tianshan.article.ArticleKind;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.web.Params;
import java.time.LocalDate;

/** A reader's search as asked: words, filters, order and page. Bad values are refused naming their parameter. */
public record SearchQuery(String text, String site, Long column, String unit, ArticleKind kind, LocalDate from,
                          LocalDate to, SearchSort sort, int page, int size) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_RESULTS = 1000;

    public enum SearchSort { RELEVANCE, DATE }

    public static SearchQuery parse(String q, String site, String column, String unit, String kind, String from, String to,
                                    String sort, String page, String size) {
        String text = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw ProblemException.invalid("q", "请输入要搜索的词");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw ProblemException.invalid("q", "搜索词不能超过 " + MAX_LENGTH + " 个字");
        }
        LocalDate fromDate = Params.dateOrNull("from", from);
        LocalDate toDate = Params.dateOrNull("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "结束日期不能早于开始日期");
        }
        Long columnId = null;
        if (Params.blankToNull(column) != null) {
            columnId = (long) Params.requiredInt("column", column, 1, Integer.MAX_VALUE);
        }
        int pageSize = Params.intInRange("size", size, 10, 1, 50);
        int pageNumber = Params.intInRange("page", page, 1, 1, MAX_RESULTS / pageSize);
        SearchSort order = Params.enumOrNull("sort", sort, SearchSort.class);
        return new SearchQuery(text, Params.blankToNull(site), columnId, Params.blankToNull(unit),
                Params.enumOrNull("kind", kind, ArticleKind.class), fromDate, toDate,
                order == null ? SearchSort.RELEVANCE : order, pageNumber, pageSize);
    }
}
