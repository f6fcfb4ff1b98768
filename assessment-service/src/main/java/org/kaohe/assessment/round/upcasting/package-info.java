/** Reads older revisions of the round's stored events as the current ones. */
package org.kaohe.assessment.round.upcasting;
