/**
 * The survey service: the yearly public-opinion survey of 14 cities, 86 counties and 19 provincial
 * public-service departments. Its units are those the shared reference data marks as surveyed,
 * which an operator replaces in the same place for every service.
 */
package org.kaohe.survey;
