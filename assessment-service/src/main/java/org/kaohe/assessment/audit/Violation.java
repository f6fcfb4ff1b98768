package org.kaohe.assessment.audit;

/**
 * One thing wrong with an audit request.
 *
 * @param field the request parameter, or empty when the problem spans several
 */
public record Violation(String field, String message) {}
