package cn.tianshan.article;

/** What an article is. Policy documents carry 文号, 索引号 and validity; interpretations link to their policy. */
public enum ArticleKind {
    NEWS("新闻动态"),
    NOTICE("通知公告"),
    POLICY("政策文件"),
    INTERPRETATION("政策解读"),
    STATISTICS("统计信息"),
    SERVICE_GUIDE("办事指南"),
    OTHER("其他信息");

    private final String label;

    ArticleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
