package cn.tianshan.common.web;

/** The phone formats of every form's contact block (Annexes 1, 2, 4), for {@code @Pattern}. */
public final class Phones {

    /** 办公电话: an area code and number, optionally with an extension (0991-1234567, 09911234567-801). */
    public static final String OFFICE = "^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$";
    public static final String OFFICE_OR_EMPTY = "^$|" + OFFICE;
    public static final String OFFICE_MESSAGE = "办公电话须为区号加号码，如 0991-1234567";
    /** 手机: a mainland mobile number. */
    public static final String MOBILE = "^1[3-9]\\d{9}$";
    public static final String MOBILE_OR_EMPTY = "^$|" + MOBILE;
    public static final String MOBILE_MESSAGE = "手机号码须为 11 位数字，如 13800000000";

    private Phones() {
    }
}
