package cn.tianshan.audit;

import cn.tianshan.common.persistence.LikePatterns;
import cn.tianshan.common.time.Timestamps;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Appends to, searches and verifies the hash-chained audit log. */
@ApplicationScoped
public class AuditLog {

    private static final int BATCH = 2000;

    private final EntityManager em;
    private final AuditRecordRepository records;
    private final Clock clock;
    private final AuditNames names;

    AuditLog(EntityManager em, AuditRecordRepository records, Clock clock, AuditNames names) {
        this.em = em;
        this.records = records;
        this.clock = clock;
        this.names = names;
    }

    /**
     * Writes one record in its own transaction, for what is not itself a change (a denial, a failed request, a
     * login, a recorded read): it is kept even when the work it describes rolled back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long append(AuditEntry entry) {
        return write(entry);
    }

    /**
     * Writes the record of a change inside the change's own transaction: if the record fails, so does the change.
     * The chain head row stays locked until that transaction ends, so appends are serialised across instances;
     * callers append last, just before committing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appendInTransaction(AuditEntry entry) {
        return write(entry);
    }

    private long write(AuditEntry entry) {
        AuditEntry fitted = fit(entry);
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        AuditRecord record = AuditRecord.chained(seq, (String) head[1], fitted);
        records.persist(record);
        em.flush();
        em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, seq).setParameter(2, record.hash()).executeUpdate();
        return seq;
    }

    public AuditPage search(AuditQuery query, int page, int size) {
        Criteria criteria = Criteria.of(query);
        var found = records.find(criteria.jpql, Sort.descending("seq"), criteria.parameters).page(page, size);
        List<AuditRecordView> views = found.list().stream().map(names.viewer()).toList();
        return new AuditPage(views, found.count(), page, size);
    }

    /** Streams every matching record, newest first, in batches so memory stays flat however long the log. */
    @Transactional
    public void forEach(AuditQuery query, Consumer<AuditRecordView> sink) {
        Criteria criteria = Criteria.of(query);
        long before = Long.MAX_VALUE;
        var viewer = names.viewer();
        while (true) {
            Parameters parameters = criteria.parameters.and("before", before);
            List<AuditRecord> batch = records.find("(" + criteria.jpql + ") and seq < :before", Sort.descending("seq"),
                    parameters).page(0, BATCH).list();
            batch.forEach(r -> sink.accept(viewer.apply(r)));
            if (batch.size() < BATCH) {
                return;
            }
            before = batch.get(batch.size() - 1).seq();
            em.clear();
        }
    }

    /** Walks the chain from the first record and reports the first one whose links or hash do not hold. */
    @Transactional
    public ChainVerification verify() {
        long expectedSeq = 1;
        String expectedPrevious = AuditHasher.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = records.find("seq >= ?1", Sort.ascending("seq"), expectedSeq).page(0, BATCH).list();
            for (AuditRecord record : batch) {
                String problem = problemWith(record, expectedSeq, expectedPrevious);
                if (problem != null) {
                    return new ChainVerification(false, checked, record.seq(), problem, Timestamps.now(clock));
                }
                checked++;
                expectedSeq = record.seq() + 1;
                expectedPrevious = record.hash();
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        if (((Number) head[0]).longValue() != expectedSeq - 1 || !expectedPrevious.equals(head[1])) {
            return new ChainVerification(false, checked, expectedSeq,
                    "第 " + (expectedSeq - 1) + " 条之后的记录缺失（链头记载到第 " + head[0] + " 条）",
                    Timestamps.now(clock));
        }
        return new ChainVerification(true, checked, null, null, Timestamps.now(clock));
    }

    private static String problemWith(AuditRecord record, long expectedSeq, String expectedPrevious) {
        if (record.seq() != expectedSeq) {
            return "第 " + expectedSeq + " 至 " + (record.seq() - 1) + " 条记录缺失";
        }
        if (!expectedPrevious.equals(record.previousHash())) {
            return "其“前一条哈希”与第 " + (expectedSeq - 1) + " 条记录的哈希不符";
        }
        if (!AuditHasher.hash(record.seq(), record.previousHash(), record.entry()).equals(record.hash())) {
            return "其内容与哈希不符：该记录在写入后被改动过";
        }
        return null;
    }

    private static AuditEntry fit(AuditEntry e) {
        return new AuditEntry(AuditHasher.normalise(e.occurredAt()), cut(e.username(), 100), cut(e.unitCode(), 32),
                cut(e.roles(), 300), cut(e.action(), 100), cut(e.targetType(), 60), cut(e.targetId(), 200), e.outcome(),
                e.httpStatus(), cut(e.error(), 500), cut(e.clientAddress(), 64), cut(e.requestId(), 64));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record Criteria(String jpql, Parameters parameters) {

        static Criteria of(AuditQuery q) {
            List<String> clauses = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (q.from() != null) {
                clauses.add("occurredAt >= :from");
                parameters.and("from", q.from());
            }
            if (q.to() != null) {
                clauses.add("occurredAt < :to");
                parameters.and("to", q.to());
            }
            if (q.username() != null) {
                clauses.add("username = :username");
                parameters.and("username", q.username());
            }
            if (q.unitCode() != null) {
                clauses.add("unitCode = :unit");
                parameters.and("unit", q.unitCode());
            }
            if (q.action() != null) {
                clauses.add("action like :action escape '\\'");
                parameters.and("action", LikePatterns.startingWith(q.action()));
            }
            if (q.outcome() != null) {
                clauses.add("outcome = :outcome");
                parameters.and("outcome", q.outcome());
            }
            return new Criteria(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), parameters);
        }
    }
}
