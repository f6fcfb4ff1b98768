/**
 * Constraints on request fields shared by every service: {@link
 * org.kaohe.platform.web.validation.FreeText} for text people write, and {@link
 * org.kaohe.platform.web.validation.QuickValidity}, which answers for the plain constraints without
 * building violations, so that large batches are checked quickly and by the same rules.
 */
package org.kaohe.platform.web.validation;
