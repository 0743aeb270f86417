package org.firmas.signature.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The campaign views under {@code /campaign/} are rendered for {@code /campaigns/{slug}} and the
 * console's preview, which forward to them with the campaign named. Asked for by their own path
 * they name no campaign: not found, like any unknown campaign.
 */
public class CampaignViewPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
