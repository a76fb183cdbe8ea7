package cn.tianshan.review;

import java.time.LocalDate;

/**
 * A subject as the engine needs it: title, the author's unit, the unit owning the column it goes into, the
 * unit owning the site, the revision approvals are bound to, the date its information came into being (for
 * articles) and the date it is due.
 */
public record SubjectSnapshot(String title, String unitCode, String ownerUnitCode, String siteOwnerUnitCode,
                              Long revisionId, String revisionHash, LocalDate infoDate, LocalDate dueDate) {
}
