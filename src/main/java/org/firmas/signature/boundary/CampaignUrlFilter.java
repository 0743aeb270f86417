package org.firmas.signature.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.campaign.boundary.CampaignCatalog;

/**
 * Serves {@code /campaigns/{slug}}, {@code /campaigns/{slug}/thanks} and
 * {@code /campaigns/{slug}/confirmed} from their Facelets views, so supporters share short,
 * readable links. Unknown or draft campaigns are a plain 404.
 */
@WebFilter(urlPatterns = "/campaigns/*", dispatcherTypes = DispatcherType.REQUEST)
public class CampaignUrlFilter extends HttpFilter {

    static final String SLUG_ATTRIBUTE = "firmas.campaign.slug";
    static final String SIGN_VIEW = "/campaign/sign.xhtml";
    static final String THANKS_VIEW = "/campaign/thanks.xhtml";
    static final String CONFIRMED_VIEW = "/campaign/confirmed.xhtml";

    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{1,62}[a-z0-9])(/thanks|/confirmed)?/?");

    @Inject
    CampaignCatalog catalog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() != null ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/campaigns".length());
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches() || catalog.findPublic(matcher.group(1)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SLUG_ATTRIBUTE, matcher.group(1));
        request.setAttribute(PublicUrlViewHandler.PUBLIC_PATH, "/campaigns/" + matcher.group(1));
        String view = matcher.group(2) == null ? SIGN_VIEW
                : matcher.group(2).equals("/thanks") ? THANKS_VIEW : CONFIRMED_VIEW;
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** The slug of the campaign this request is about, set when the URL was mapped. */
    static String slugOf(HttpServletRequest request) {
        return (String) request.getAttribute(SLUG_ATTRIBUTE);
    }
}
