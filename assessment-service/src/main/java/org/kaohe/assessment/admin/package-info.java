/**
 * Operations for administrators that belong to no single feature: rebuilding the service's
 * projections by replaying the event store.
 */
package org.kaohe.assessment.admin;
