package cn.tianshan.article;

import cn.tianshan.article.ArticleViews.ArticleDetail;
import cn.tianshan.org.Organisation;
import cn.tianshan.org.People;
import cn.tianshan.org.Person;
import cn.tianshan.review.ReviewViews.RunView;
import cn.tianshan.review.ReviewViews.TaskView;
import cn.tianshan.review.RunStatus;
import cn.tianshan.review.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filled-in 发布信息审核表 (Measures, Annex 3) of an article: one row per step of the chain its latest round
 * actually ran, whoever signed each, and the applying unit's contact with office and mobile numbers from the
 * directory, so the printed form matches what happened rather than a fixed four-row template.
 */
@ApplicationScoped
public class ReviewForms {

    @Schema(name = "ReviewForm", description = "附件3 发布信息审核表 as the article's latest review round filled it in")
    public record ReviewForm(long articleId, String unitName, String title, List<String> columns, Contact contact,
                             String chainName, Integer round, String roundStatus, List<FormRow> rows, String revisionHash) {
    }

    @Schema(name = "ReviewFormContact", description = "联系人（申请单位处室负责人）")
    public record Contact(String name, String officePhone, String mobile) {
    }

    @Schema(name = "ReviewFormRow", description = "One step of the chain: its opinion and signature, or why it did not apply")
    public record FormRow(int position, String stepName, String statusLabel, boolean applies, String opinion, String signedBy,
                          LocalDate signedOn, boolean proofread, boolean confidentialityChecked) {
    }

    private final Articles articles;
    private final Organisation organisation;
    private final People people;

    ReviewForms(Articles articles, Organisation organisation, People people) {
        this.articles = articles;
        this.organisation = organisation;
        this.people = people;
    }

    public ReviewForm of(long articleId) {
        ArticleDetail article = articles.get(articleId);
        Optional<RunView> run = articles.reviews(articleId).stream()
                .filter(r -> r.status() != RunStatus.CANCELLED)
                .max(Comparator.comparingInt(RunView::round));
        List<FormRow> rows = run.map(r -> r.tasks().stream().map(ReviewForms::row).toList()).orElse(List.of());
        String hash = run.flatMap(r -> r.tasks().stream().filter(t -> t.status() == TaskStatus.APPROVED)
                .reduce((first, second) -> second)).map(TaskView::revisionHash).orElse(null);
        List<String> columns = article.columns().stream().map(c -> c.siteName() + " / " + c.name()).toList();
        return new ReviewForm(articleId, article.unitName(), article.current().title(), columns, contact(article, run),
                run.map(RunView::chainName).orElse(article.chainName()), run.map(RunView::round).orElse(null),
                run.map(RunView::statusLabel).orElse(null), rows, hash);
    }

    private static FormRow row(TaskView task) {
        boolean applies = task.status() != TaskStatus.SKIPPED;
        boolean decided = task.status() == TaskStatus.APPROVED || task.status() == TaskStatus.REJECTED;
        return new FormRow(task.position(), task.stepName(), task.statusLabel(), applies, decided ? task.opinion() : null,
                decided ? task.actorName() : null, decided && task.decidedAt() != null ? task.decidedAt().toLocalDate() : null,
                Boolean.TRUE.equals(task.proofread()), Boolean.TRUE.equals(task.confidentialityChecked()));
    }

    /** The head of the applying unit who signed its first step; the submitter when the unit has no such step. */
    private Contact contact(ArticleDetail article, Optional<RunView> run) {
        Optional<Person> signer = run.flatMap(r -> r.tasks().stream()
                .filter(t -> t.actorUsername() != null)
                .map(t -> people.find(t.actorUsername()).orElse(null))
                .filter(p -> p != null && article.unitCode().equals(p.unitCode()))
                .findFirst());
        Optional<Person> person = signer.or(() -> run.flatMap(r -> people.find(r.submittedBy())));
        String unitPhone = organisation.findUnit(article.unitCode()).map(u -> u.contactPhone()).orElse(null);
        return person.map(p -> new Contact(p.name(), p.officePhone() != null ? p.officePhone() : unitPhone, p.mobile()))
                .orElse(new Contact(null, unitPhone, null));
    }
}
