/**
 * Who may read what of the rounds and veto cases: object-level access (an agency reads only the
 * rounds of units it is responsible for, and the veto cases it proposed or decides) and
 * property-level access (of a round, an agency sees only its own inputs and the completeness, while
 * political ratings, democratic evaluations, findings and other agencies' scores are for the
 * configured oversight agencies, auditors and administrators).
 */
package org.kaohe.assessment.visibility;
