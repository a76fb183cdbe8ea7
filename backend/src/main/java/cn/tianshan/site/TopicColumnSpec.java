package cn.tianshan.site;

import java.time.LocalDate;
import java.util.List;

/** What an approved topic-column application (Annex 2) opens: the column, its inner columns, its period. */
public record TopicColumnSpec(String code, String name, String ownerUnit, LocalDate startsOn, LocalDate endsOn,
                              String externalUrl, List<Inner> inner) {

    public record Inner(String name, UpdateClass updateClass, String ownerUnit) {
    }
}
