package energy.mwolo.operations.disconnections.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One meter's disconnection asked for by one overdue report, from the report until the account is settled. Its id
 * is the disconnection order's id, so a decision taken twice (a redelivery, a retried pass) orders nothing new.
 *
 * @param status    {@code waiting}, {@code ordered}, {@code refused}, {@code cancelled} or {@code reconnected}
 * @param reason    the code of the last decision's reason
 * @param notBefore when a waiting case is looked at again
 */
public record CutCase(UUID id, UUID contract, UUID meter, UUID client, UUID site, String status, String reason,
                      Instant notBefore) {

    public static final String WAITING = "waiting";
    public static final String ORDERED = "ordered";
    public static final String REFUSED = "refused";
    public static final String CANCELLED = "cancelled";
    public static final String RECONNECTED = "reconnected";
}
