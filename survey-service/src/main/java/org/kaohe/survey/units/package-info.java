/**
 * The units of the public-opinion survey (cities, counties and provincial departments) as the
 * reference data lists them, and the endpoint that serves them.
 */
package org.kaohe.survey.units;
