/**
 * Plumbing shared by every capability: the datasource, schema migrations, language selection
 * and time. Nothing here knows about campaigns or signatures.
 */
package org.firmas.platform;
