/**
 * Typed codes of the reference data that commands and events name (units, cadres, agencies,
 * indicators, veto items): each a record over one string of the format every code shares,
 * serialized as that plain string, so a code of one kind can never stand in for another.
 */
package org.kaohe.events.ids;
