/** Read models shared by the service's projections: idempotent, replayable MongoDB documents. */
package org.kaohe.assessment.readmodel;
