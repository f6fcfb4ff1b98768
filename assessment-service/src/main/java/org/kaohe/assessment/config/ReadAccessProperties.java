package org.kaohe.assessment.config;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaohe.assessment.read-access.*}: the agencies that read every round whole, with its
 * political ratings, democratic evaluations and findings, and every veto case, as auditors do;
 * defaults in application.yml.
 */
@ConfigurationProperties("kaohe.assessment.read-access")
record ReadAccessProperties(Set<String> oversightAgencies) {}
