/** Proof that the stored history is untouched: the hash chains of the event store, verified. */
package org.kaohe.assessment.integrity;
