/** Events published by the assessment service on the {@code assessment.events} topic. */
package org.kaohe.events.assessment;
