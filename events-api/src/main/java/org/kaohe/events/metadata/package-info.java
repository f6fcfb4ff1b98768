/**
 * What every command and the events it causes carry in their metadata in every service: who, for
 * which agency, with which client request id, and why.
 */
package org.kaohe.events.metadata;
