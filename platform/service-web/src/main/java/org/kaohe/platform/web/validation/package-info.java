/**
 * Validation support for endpoints that check many items at once: a quick, certain answer that a
 * record passes its plain Bean Validation constraints, leaving every doubtful case, and the naming
 * of violations, to the validator itself.
 */
package org.kaohe.platform.web.validation;
