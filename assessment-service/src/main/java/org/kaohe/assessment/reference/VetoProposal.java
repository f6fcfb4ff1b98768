package org.kaohe.assessment.reference;

/** A veto as an agency proposes it, before it is checked: {@code agency} is the token's claim. */
public record VetoProposal(String agency, String unitCode, int year, String itemCode) {}
