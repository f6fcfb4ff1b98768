/**
 * CSV as the service writes and reads it for people with spreadsheet programs: RFC 4180 through
 * Apache Commons CSV, and every exported cell kept from being run as a formula.
 */
package org.kaohe.assessment.csv;
