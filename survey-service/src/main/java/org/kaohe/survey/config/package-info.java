/**
 * The survey service's wiring: where its reference data comes from and which roles may call its
 * endpoints.
 */
package org.kaohe.survey.config;
