/**
 * The veto API, {@code /api/assessment/vetoes}: agencies propose, competent departments confirm or
 * reject, agencies and auditors read; and the problems the veto case answers with.
 */
package org.kaohe.assessment.veto.web;
