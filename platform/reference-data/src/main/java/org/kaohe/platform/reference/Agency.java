package org.kaohe.platform.reference;

import org.kaohe.events.ids.AgencyCode;

/** An agency that submits assessment inputs; its code is what a token's agency claim names. */
public record Agency(AgencyCode code, String name, String englishName) {}
