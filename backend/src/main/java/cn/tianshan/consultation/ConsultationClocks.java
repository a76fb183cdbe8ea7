package cn.tianshan.consultation;

import cn.tianshan.common.security.Role;
import cn.tianshan.consultation.ConsultationRepositories.ConsultationRepository;
import cn.tianshan.deadline.DeadlineSubject;
import cn.tianshan.org.People;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Consultations on the deadline engine: the feedback summary is owed by whoever drafted it and the unit's editors. */
@ApplicationScoped
class ConsultationClocks implements DeadlineSubject {

    private final ConsultationRepository consultations;
    private final People people;

    ConsultationClocks(ConsultationRepository consultations, People people) {
        this.consultations = consultations;
        this.people = people;
    }

    @Override
    public String type() {
        return Consultations.SUBJECT;
    }

    @Override
    public String label() {
        return "征求意见反馈";
    }

    @Override
    public CaseFacts facts(long id) {
        Consultation c = consultations.findById(id);
        List<String> handlers = new ArrayList<>(List.of(c.createdBy()));
        people.holding(Role.EDITOR, c.unitCode()).stream().filter(u -> !handlers.contains(u)).forEach(handlers::add);
        return new CaseFacts(c.title(), "征求意见", "/admin/consultations/" + id, handlers);
    }
}
