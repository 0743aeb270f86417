package org.firmas.delivery.control;

/**
 * The counts one official's mail reports. An official with an area reads its residents' new and
 * total signatures, each said to be the area's, beside the whole petition's total; the others read
 * the new signatures and the total.
 */
record BatchFigures(long newSigners, long areaTotal, long total) {
}
