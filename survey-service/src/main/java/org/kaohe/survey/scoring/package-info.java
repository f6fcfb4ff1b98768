/**
 * Scoring of single responses: each item's answer scale (a 5-point, a 0–10 or any integer range) is
 * mapped linearly onto 0–100, and a respondent's score is the mean of the mapped answers they gave,
 * overall and per dimension of the questionnaire (gain, happiness, security, satisfaction or any
 * other name it uses). Pure Java without Spring, so the campaign and ingestion code can call it
 * wherever it holds the questionnaire and the answers.
 */
package org.kaohe.survey.scoring;
