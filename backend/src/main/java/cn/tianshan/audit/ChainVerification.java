package cn.tianshan.audit;

import java.time.LocalDateTime;

/**
 * The result of walking the whole chain: how many records were checked and, if the chain is broken, the
 * first record that does not fit and why.
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String problem,
                                LocalDateTime verifiedAt) {
}
