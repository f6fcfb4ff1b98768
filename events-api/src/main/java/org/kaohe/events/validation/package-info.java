/**
 * The rules a request or a reference file shares with the contracts, written once as composed Bean
 * Validation constraints: the format of a unit code and the range of an assessment year. Only the
 * annotations live here; the service that validates brings the validator.
 */
package org.kaohe.events.validation;
