/** Read-only JSON views of public campaign data, for embedding and for partner sites. */
package org.firmas.api;
