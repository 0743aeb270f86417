/**
 * The organization's own look: its name, logo, colours and footer links from the site settings
 * file and the environment, checked at start-up (WCAG AA contrast included), for pages and mails.
 */
package org.firmas.platform.brand;
