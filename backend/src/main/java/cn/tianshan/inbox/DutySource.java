package cn.tianshan.inbox;

import java.util.List;

/** A feature that can have duties waiting for people: each implements this once; the inbox asks them all. */
public interface DutySource {

    /** What waits for the signed-in user, among this feature's duties. */
    List<Duty> dutiesOfCurrentUser();
}
