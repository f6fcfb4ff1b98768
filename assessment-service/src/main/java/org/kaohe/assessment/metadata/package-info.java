/** The metadata every submission carries onto its events. */
package org.kaohe.assessment.metadata;
