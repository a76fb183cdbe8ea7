package cn.tianshan.portal;

import cn.tianshan.common.error.ProblemException;
import cn.tianshan.common.web.ShellContent;
import cn.tianshan.consultation.ConsultationComments;
import cn.tianshan.interview.InterviewQuestions;
import cn.tianshan.survey.SurveyAnswering;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complete HTML of the interaction pages (征求意见, 网上调查, 在线访谈; Art. 23) for readers and crawlers that run no
 * JavaScript. Not cached: comments, answers and live interviews change them from minute to minute. Taking part
 * (commenting, answering, asking) needs the browser page, whose intake challenge runs in JavaScript.
 */
@ApplicationScoped
public class ParticipationPages implements ShellContent {

    private static final Pattern ONE = Pattern.compile("/(consultations|surveys|interviews)/(\\d{1,18})/?");
    private static final Pattern LIST = Pattern.compile("/(consultations|surveys|interviews)/?");

    private final ConsultationComments consultations;
    private final SurveyAnswering surveys;
    private final InterviewQuestions interviews;
    private final PortalFrame frame;
    private final Template listing;
    private final Template consultation;
    private final Template survey;
    private final Template interview;

    ParticipationPages(ConsultationComments consultations, SurveyAnswering surveys, InterviewQuestions interviews, PortalFrame frame,
                       @Location("portal/listing.html") Template listing, @Location("portal/consultation.html") Template consultation,
                       @Location("portal/survey.html") Template survey, @Location("portal/interview.html") Template interview) {
        this.consultations = consultations;
        this.surveys = surveys;
        this.interviews = interviews;
        this.frame = frame;
        this.listing = listing;
        this.consultation = consultation;
        this.survey = survey;
        this.interview = interview;
    }

    @Override
    @ActivateRequestContext
    public Optional<Page> render(String path, String query) {
        Matcher list = LIST.matcher(path);
        Matcher one = ONE.matcher(path);
        if (list.matches()) {
            return Optional.of(switch (list.group(1)) {
                case "consultations" -> listed("征求意见", "公开征求意见的文件草案、意见采纳情况", consultations.published().stream()
                        .map(c -> new Listed("/consultations/" + c.id(), c.title(), period(c.phaseLabel(), c.unitName(), c.opensAt(), c.closesAt())))
                        .toList());
                case "surveys" -> listed("网上调查", "网上调查及调查结果", surveys.published().stream()
                        .map(v -> new Listed("/surveys/" + v.id(), v.title(), period(v.phaseLabel(), v.unitName(), v.opensAt(), v.closesAt())))
                        .toList());
                default -> listed("在线访谈", "在线访谈预告、直播与访谈实录", interviews.published().stream()
                        .map(i -> new Listed("/interviews/" + i.id(), i.title(), period(i.phaseLabel(), i.unitName(), i.startsAt(), i.endsAt())))
                        .toList());
            });
        }
        if (!one.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(one.group(2));
        try {
            return Optional.of(switch (one.group(1)) {
                case "consultations" -> {
                    var c = consultations.read(id);
                    yield page(c.title(), c.summary(), consultation.data("c", c));
                }
                case "surveys" -> {
                    var s = surveys.read(id, null);
                    yield page(s.title(), s.title(), survey.data("s", s));
                }
                default -> {
                    var i = interviews.read(id);
                    yield page(i.title(), i.title(), interview.data("i", i));
                }
            });
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 400) {
                return Optional.of(frame.notFound());
            }
            throw e;
        }
    }

    /** One entry of a list page: where it is, its title, and its phase, unit and period. */
    public record Listed(String path, String title, String note) {
    }

    private static String period(String phase, String unit, LocalDateTime from, LocalDateTime to) {
        return phase + "，" + unit + "，" + TemplateExtensions.minute(from) + " 至 " + TemplateExtensions.minute(to);
    }

    private Page listed(String heading, String description, List<Listed> entries) {
        return page(heading, description, listing.data("heading", heading).data("entries", entries));
    }

    private Page page(String title, String description, TemplateInstance content) {
        return new Page(200, frame.title(title), description, frame.render(content, PortalFrame.MAIN));
    }
}
