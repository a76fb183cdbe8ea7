package cn.tianshan.article;

import cn.tianshan.article.ArticleEnums.Origin;
import cn.tianshan.article.ArticleEnums.PublicationForm;
import cn.tianshan.article.ArticleEnums.Validity;
import cn.tianshan.article.ArticleRepositories.ArticleRepository;
import cn.tianshan.article.ArticleRepositories.AttachmentRepository;
import cn.tianshan.article.ArticleViews.ArticleCommand;
import cn.tianshan.common.error.FieldError;
import cn.tianshan.link.LinkPolicy;
import cn.tianshan.link.OutboundLinks;
import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.time.Timestamps;
import cn.tianshan.common.web.Phones;
import cn.tianshan.org.Organisation;
import cn.tianshan.site.ColumnLifecycle;
import cn.tianshan.site.SiteViews.ColumnInfo;
import cn.tianshan.site.Sites;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an editor's command into checked, sanitised content, naming every field that is wrong. Here 谁主管、谁发布
 * (Art. 15) is enforced at the door: a unit drafts only into the columns it owns or was granted, each column
 * only gets the kinds it is for, and an article in several columns stays with one owner besides the author.
 */
@ApplicationScoped
class ArticleContents {

    private static final String ONE_PHONE = "(?:" + Phones.OFFICE.replace("^", "").replace("$", "") + "|1[3-9]\\d{9}|\\d{5,6})";
    private static final Pattern GUIDE_PHONES = Pattern.compile(ONE_PHONE + "(?:\\s*[、,，;；/]\\s*" + ONE_PHONE + ")*");

    private final HtmlSanitizer sanitizer;
    private final Sites sites;
    private final Organisation organisation;
    private final ArticleRepository articles;
    private final AttachmentRepository attachments;
    private final LinkPolicy linkPolicy;
    private final Clock clock;

    ArticleContents(HtmlSanitizer sanitizer, Sites sites, Organisation organisation, ArticleRepository articles,
                    AttachmentRepository attachments, LinkPolicy linkPolicy, Clock clock) {
        this.linkPolicy = linkPolicy;
        this.sanitizer = sanitizer;
        this.sites = sites;
        this.organisation = organisation;
        this.articles = articles;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** {@code articleId} is null for a new article; {@code unitCode} is the unit the article belongs to. */
    ArticleContent from(ArticleCommand c, Long articleId, String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Attachment> own = articleId == null ? Map.of()
                : attachments.of(articleId).stream().collect(Collectors.toMap(Attachment::id, Function.identity()));
        List<Long> attachmentIds = c.attachmentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.attachmentIds()));
        for (int i = 0; i < attachmentIds.size(); i++) {
            if (!own.containsKey(attachmentIds.get(i))) {
                errors.add(new FieldError("attachmentIds[" + i + "]", "不是本信息上传的附件（编号 " + attachmentIds.get(i) + "）"));
            }
        }
        Set<Long> ownImages = attachmentIds.stream().filter(own::containsKey).filter(id -> own.get(id).image())
                .collect(Collectors.toSet());
        HtmlSanitizer.Cleaned cleaned = sanitizer.sanitize(c.body(), ownImages);
        String body = cleaned.html();
        if (!cleaned.rejectedImages().isEmpty()) {
            errors.add(new FieldError("body", "正文中的图片须是本信息已上传并勾选的图片附件，或来自政府网站：" + String.join("、",
                    cleaned.rejectedImages())));
        }
        if (sanitizer.text(body).isBlank() && !body.contains("<img")) {
            errors.add(new FieldError("body", "正文没有文字（已去除不允许的内容）"));
        }
        checkColumns(c, unitCode, errors);
        if (c.origin() == Origin.REPRINT && blank(c.sourceName())) {
            errors.add(new FieldError("sourceName", "转载的信息须注明来源"));
        }
        if (!blank(c.sourceUrl()) && !c.sourceUrl().matches("https?://\\S+")) {
            errors.add(new FieldError("sourceUrl", "来源网址须以 http:// 或 https:// 开头"));
        }
        List<LinkPolicy.FoundLink> links = new ArrayList<>(OutboundLinks.inHtml(body, "body", "正文"));
        if (!blank(c.sourceUrl()) && c.sourceUrl().trim().matches("https?://\\S+")) {
            links.add(new LinkPolicy.FoundLink("sourceUrl", "来源网址", c.sourceUrl().trim()));
        }
        if (c.publicationForm() == PublicationForm.OTHER && blank(c.publicationFormOther())) {
            errors.add(new FieldError("publicationFormOther", "请说明是哪种其他发布形式"));
        }
        LocalDateTime now = Timestamps.now(clock);
        if (c.infoDate().isAfter(now.toLocalDate())) {
            errors.add(new FieldError("infoDate", "信息生成日期不能晚于今天"));
        }
        if (c.scheduledAt() != null && (!c.scheduledAt().isAfter(now) || c.scheduledAt().isAfter(now.plusYears(1)))) {
            errors.add(new FieldError("scheduledAt", "定时发布时间须在将来一年之内"));
        }
        if (c.kind() == ArticleKind.POLICY && blank(c.documentNumber())) {
            errors.add(new FieldError("documentNumber", "政策文件须填写文号"));
        }
        if (c.kind() == ArticleKind.INTERPRETATION) {
            if (c.interpretsArticleId() == null) {
                errors.add(new FieldError("interpretsArticleId", "政策解读须选择所解读的政策文件"));
            } else if (articles.findByIdOptional(c.interpretsArticleId()).filter(p -> p.kind() == ArticleKind.POLICY).isEmpty()) {
                errors.add(new FieldError("interpretsArticleId", "所选的不是政策文件"));
            }
        } else if (c.interpretsArticleId() != null) {
            errors.add(new FieldError("interpretsArticleId", "只有政策解读才关联所解读的政策文件"));
        }
        ServiceGuide guide = c.kind() == ArticleKind.SERVICE_GUIDE ? ServiceGuide.tidied(c.guide()) : null;
        if (guide != null) {
            checkGuide(guide, errors, links);
        }
        if (c.coverAttachmentId() != null && !ownImages.contains(c.coverAttachmentId())) {
            errors.add(new FieldError("coverAttachmentId", "封面须是本信息已勾选的图片附件"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        linkPolicy.requireAllowed(links);
        Validity validity = c.kind() == ArticleKind.POLICY ? (c.validity() == null ? Validity.CURRENT : c.validity()) : null;
        return new ArticleContent(c.kind(), c.infoDate(), c.important(), c.scheduledAt(), c.title().trim(), trimmed(c.subtitle()),
                trimmed(c.summary()), body, List.copyOf(new LinkedHashSet<>(c.columnIds())), attachmentIds,
                c.coverAttachmentId(), c.origin(), c.origin() == Origin.REPRINT ? trimmed(c.sourceName()) : null,
                trimmed(c.sourceUrl()), c.publicationForm(),
                c.publicationForm() == PublicationForm.OTHER ? trimmed(c.publicationFormOther()) : null,
                trimmed(c.documentNumber()), validity, c.interpretsArticleId(), guide);
    }

    /** Formats only: a draft may lack elements, which {@link #requireComplete} names at submission. */
    private static void checkGuide(ServiceGuide guide, List<FieldError> errors, List<LinkPolicy.FoundLink> links) {
        if (guide.phone() != null && !GUIDE_PHONES.matcher(guide.phone()).matches()) {
            errors.add(new FieldError("guide.phone", "咨询电话须为区号加号码（如 0991-1234567）、手机号或服务热线（如 12328），多个用顿号分隔"));
        }
        if (guide.onlineUrl() != null) {
            if (guide.onlineUrl().matches("https?://\\S+")) {
                links.add(new LinkPolicy.FoundLink("guide.onlineUrl", "在线办理地址", guide.onlineUrl()));
            } else {
                errors.add(new FieldError("guide.onlineUrl", "在线办理地址须以 http:// 或 https:// 开头"));
            }
        }
    }

    /** A service guide goes to review only with every element inspectors check (Art. 11): a 422 naming each missing one. */
    static void requireComplete(ArticleContent content) {
        if (content.kind() != ArticleKind.SERVICE_GUIDE) {
            return;
        }
        List<ServiceGuide.Element> missing = ServiceGuide.missing(content.guide());
        if (!missing.isEmpty()) {
            String labels = missing.stream().map(ServiceGuide.Element::label).collect(Collectors.joining("、"));
            throw new ProblemException(422, "incomplete-service-guide", "办事指南要素不全",
                    "办事指南缺少" + missing.size() + "项要素：" + labels + "。请补全并保存后再送审",
                    missing.stream().map(e -> new FieldError("guide." + e.field(), "请填写" + e.label())).toList(), null);
        }
    }

    private void checkColumns(ArticleCommand c, String unitCode, List<FieldError> errors) {
        List<Long> columnIds = List.copyOf(new LinkedHashSet<>(c.columnIds()));
        String firstOwner = null;
        for (int i = 0; i < columnIds.size(); i++) {
            String field = "columnIds[" + i + "]";
            Optional<ColumnInfo> found = sites.findColumn(columnIds.get(i), false);
            if (found.isPresent() && found.get().lifecycle() == ColumnLifecycle.ARCHIVED) {
                throw ProblemException.conflict(found.get().endsOn() != null
                        ? "栏目“" + found.get().name() + "”已转为历史专题（专题于 " + found.get().endsOn() + " 结束），仅供查阅，不再发布新信息"
                        : "栏目“" + found.get().name() + "”已归档，不再发布新信息");
            }
            if (found.isEmpty()) {
                errors.add(new FieldError(field, "没有在用的栏目（编号 " + columnIds.get(i) + "）"));
                continue;
            }
            ColumnInfo column = found.get();
            if (i == 0) {
                firstOwner = column.ownerUnit();
            }
            if (!sites.mayPublish(column.id(), unitCode)) {
                errors.add(new FieldError(field, "栏目“" + column.name() + "”由" + column.ownerUnitName() + "主管，"
                        + organisation.nameOf(unitCode) + "未获授权在此发布（谁主管、谁发布）"));
            } else if (!column.accepts(c.kind().name())) {
                errors.add(new FieldError(field, column.acceptedKinds().isEmpty()
                        ? "栏目“" + column.name() + "”不直接发布信息，请选择它的下级栏目"
                        : "栏目“" + column.name() + "”只发布" + column.acceptedKinds().stream().map(k -> ArticleKind.valueOf(k).label())
                        .collect(Collectors.joining("、")) + "，不发布" + c.kind().label()));
            } else if (i > 0 && !column.ownerUnit().equals(unitCode) && !column.ownerUnit().equals(firstOwner)) {
                errors.add(new FieldError(field, "栏目“" + column.name() + "”由" + column.ownerUnitName()
                        + "主管：一条信息的各栏目须属于本单位或第一个栏目的主管单位，才能经主管单位审核"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
