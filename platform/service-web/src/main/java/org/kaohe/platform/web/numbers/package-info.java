/**
 * Numbers from clients, bounded before anything else reads them: one parser and one rule ({@link
 * org.kaohe.platform.web.numbers.DecimalBounds}) for every channel — JSON bodies through a Jackson
 * deserializer, spreadsheet cells through the same parse — so that no value with a huge exponent or
 * precision reaches a comparison or a message, and no channel rounds a value another refuses.
 */
package org.kaohe.platform.web.numbers;
