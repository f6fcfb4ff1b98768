/**
 * The reference data every service reads: the assessed units with their category, type and whether
 * they are surveyed, their cadres, the agencies, each year's indicator catalogue with its calendar,
 * and the veto items (the scoring schemes, read after them, are in {@code .scheme}). Shipped as
 * files in this module, replaceable by an operator, and validated when they are read: every problem
 * of a file is reported with its line (and, in the catalogue, its column) before the service
 * refuses to start. Plain code, without Spring.
 */
package org.kaohe.platform.reference;
