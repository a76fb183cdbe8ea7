package cn.tianshan.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The elements of a service guide (办事指南, Art. 11) that inspectors check one by one. A draft may hold some of
 * them; a guide is submitted for review only with every required element. Forms to download are the article's
 * attachments; {@code onlineUrl} leads to the online handling system and passes the link registration rules.
 */
@Embeddable
@Schema(description = "The elements of a service guide (办事指南); every one but onlineUrl is required before submitting")
public record ServiceGuide(
        @Column(name = "guide_item_name") @Size(max = 200) @Schema(description = "事项名称") String itemName,
        @Column(name = "guide_legal_basis") @Size(max = 4000) @Schema(description = "设定依据") String legalBasis,
        @Column(name = "guide_conditions") @Size(max = 4000) @Schema(description = "申请条件") String conditions,
        @Column(name = "guide_materials") @Size(max = 4000) @Schema(description = "申请材料") String materials,
        @Column(name = "guide_place") @Size(max = 1000) @Schema(description = "办理地点") String place,
        @Column(name = "guide_handling_body") @Size(max = 200) @Schema(description = "办理机构") String handlingBody,
        @Column(name = "guide_fees") @Size(max = 1000) @Schema(description = "收费标准（不收费的写“不收费”）") String fees,
        @Column(name = "guide_time_limit") @Size(max = 1000) @Schema(description = "办理时限") String timeLimit,
        @Column(name = "guide_phone") @Size(max = 200) @Schema(description = "咨询电话，可填多个，用顿号分隔") String phone,
        @Column(name = "guide_procedure") @Size(max = 4000) @Schema(description = "办理流程") String procedure,
        @Column(name = "guide_online_url") @Size(max = 500) @Schema(description = "在线办理地址（可选）") String onlineUrl) {

    /** One element: its API field, the label inspectors and readers know it by, and whether it must be filled. */
    public record Element(String field, String label, boolean required, Function<ServiceGuide, String> value) {
    }

    /** One filled element as a reader sees it. */
    public record Shown(String label, String text) {
    }

    public static final List<Element> ELEMENTS = List.of(
            new Element("itemName", "事项名称", true, ServiceGuide::itemName),
            new Element("legalBasis", "设定依据", true, ServiceGuide::legalBasis),
            new Element("conditions", "申请条件", true, ServiceGuide::conditions),
            new Element("materials", "申请材料", true, ServiceGuide::materials),
            new Element("place", "办理地点", true, ServiceGuide::place),
            new Element("handlingBody", "办理机构", true, ServiceGuide::handlingBody),
            new Element("fees", "收费标准", true, ServiceGuide::fees),
            new Element("timeLimit", "办理时限", true, ServiceGuide::timeLimit),
            new Element("phone", "咨询电话", true, ServiceGuide::phone),
            new Element("procedure", "办理流程", true, ServiceGuide::procedure),
            new Element("onlineUrl", "在线办理", false, ServiceGuide::onlineUrl));

    /** Trimmed, with blank elements left out; null when nothing is filled in. */
    public static ServiceGuide tidied(ServiceGuide g) {
        if (g == null) {
            return null;
        }
        ServiceGuide t = new ServiceGuide(trim(g.itemName), trim(g.legalBasis), trim(g.conditions), trim(g.materials),
                trim(g.place), trim(g.handlingBody), trim(g.fees), trim(g.timeLimit), trim(g.phone), trim(g.procedure),
                trim(g.onlineUrl));
        return ELEMENTS.stream().allMatch(e -> e.value().apply(t) == null) ? null : t;
    }

    /** The required elements a guide (null: an empty one) still lacks, in the order inspectors read them. */
    public static List<Element> missing(ServiceGuide guide) {
        return ELEMENTS.stream().filter(Element::required)
                .filter(e -> guide == null || e.value().apply(guide) == null || e.value().apply(guide).isBlank()).toList();
    }

    /** The filled elements in reading order, for pages that list them. */
    public List<Shown> shown() {
        List<Shown> shown = new ArrayList<>();
        for (Element e : ELEMENTS) {
            String text = e.value().apply(this);
            if (text != null && !e.field().equals("onlineUrl")) {
                shown.add(new Shown(e.label(), text));
            }
        }
        return shown;
    }

    /** Every element in order, for the content hash. */
    List<String> fields() {
        return ELEMENTS.stream().map(e -> Objects.toString(e.value().apply(this))).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
