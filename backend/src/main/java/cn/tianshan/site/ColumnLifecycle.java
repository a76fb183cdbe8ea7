package cn.tianshan.site;

/** ACTIVE columns are public; HIDDEN ones are not shown at all; ARCHIVED ones stay readable, marked historical. */
public enum ColumnLifecycle {
    ACTIVE, HIDDEN, ARCHIVED
}
