package cn.tianshan.org;

import java.util.List;

/** Where the directory comes from: Keycloak in every real deployment. */
interface PeopleSource {

    /** Everyone, fetched afresh; throws when the source cannot be reached. */
    List<Person> fetchAll();
}
