/** The audit API: {@code /api/assessment/audit/**}, read-only, for auditors and admins. */
package org.kaohe.assessment.audit.web;
