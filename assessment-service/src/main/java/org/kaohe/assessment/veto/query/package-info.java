/** The read side of veto cases: one document per case with its steps, rebuilt by replay. */
package org.kaohe.assessment.veto.query;
