package org.kaohe.events.metadata;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * What a command says about its submission, and every event it causes keeps in its metadata: who,
 * for which agency, with which client request id, and why. The keys are the ones copied from a
 * command onto its events.
 */
public final class SubmissionMetaData {
  public static final String PRINCIPAL = "principal";
  public static final String AGENCY = "agency";
  public static final String CLIENT_REQUEST_ID = "clientRequestId";
  public static final String REASON = "reason";

  private SubmissionMetaData() {}

  public static String[] keys() {
    return new String[] {PRINCIPAL, AGENCY, CLIENT_REQUEST_ID, REASON};
  }

  /** The metadata of a submission; what is null is left out. */
  public static MetaData of(
      String principal, String agency, String clientRequestId, String reason) {
    Map<String, String> entries = new HashMap<>();
    put(entries, PRINCIPAL, principal);
    put(entries, AGENCY, agency);
    put(entries, CLIENT_REQUEST_ID, clientRequestId);
    put(entries, REASON, reason);
    return MetaData.from(entries);
  }

  private static void put(Map<String, String> entries, String key, String value) {
    if (value != null) {
      entries.put(key, value);
    }
  }
}
