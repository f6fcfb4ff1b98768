/** What the service's request handlers share. */
package org.kaohe.assessment.web;
