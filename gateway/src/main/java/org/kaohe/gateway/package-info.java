/**
 * The single entry point: authenticates bearer tokens and authorizes by role (through service-web),
 * limits body size and request rate, routes {@code /api/*} to the three services as configured in
 * {@code application.yml}, and serves the live results dashboard.
 */
package org.kaohe.gateway;
