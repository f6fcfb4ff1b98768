package org.kaohe.assessment.round.domain;

import java.time.Instant;
import org.kaohe.events.ids.AgencyCode;

/** Who submitted an input, for which agency, and when the service received it. */
public record Submitter(String principal, AgencyCode agency, Instant at) {}
