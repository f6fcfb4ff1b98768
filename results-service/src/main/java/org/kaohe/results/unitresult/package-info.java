/** A unit's result for a year: its inputs as a read model and the result computed from them. */
package org.kaohe.results.unitresult;
