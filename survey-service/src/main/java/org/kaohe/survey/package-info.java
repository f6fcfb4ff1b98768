/**
 * The survey service: the yearly public-opinion survey of 14 cities, 86 counties and 19 provincial
 * public-service departments. It starts with the reference list of surveyed units, shipped as
 * configuration an operator can replace.
 */
package org.kaohe.survey;
