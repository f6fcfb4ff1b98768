/** Operations for administrators: rebuilding projections by replaying the event store. */
package org.kaohe.assessment.admin;
