/** The live results dashboard: a static page under {@code /dashboard/}, reached from {@code /}. */
package org.kaohe.gateway.dashboard;
