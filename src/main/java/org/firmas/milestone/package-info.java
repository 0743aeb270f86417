/**
 * Milestones: noticing, once, that a campaign's confirmed count reached one of the milestones its
 * definition declares, and preparing the milestone's message as a supporter update.
 *
 * <p>Owns the table {@code milestone_reached}; others read it through {@code milestone.boundary}.
 */
package org.firmas.milestone;
