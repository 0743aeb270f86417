package org.firmas.signature.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.platform.SecurityHeadersFilter;
import org.firmas.platform.SupportedLanguages;

/**
 * Serves {@code /campaigns/{slug}}, {@code /campaigns/{slug}/thanks} and
 * {@code /campaigns/{slug}/confirmed} from their Facelets views, so supporters share short,
 * readable links, and {@code /campaigns/{slug}/embed} (with its {@code /thanks}), the sign form
 * that partner sites show in a frame, which only the sites the campaign lists may frame.
 * Unknown or draft campaigns are a plain 404.
 */
public class CampaignUrlFilter extends HttpFilter {

    static final String SLUG_ATTRIBUTE = "firmas.campaign.slug";
    static final String SIGN_VIEW = "/campaign/sign.xhtml";
    static final String THANKS_VIEW = "/campaign/thanks.xhtml";
    static final String CONFIRMED_VIEW = "/campaign/confirmed.xhtml";
    static final String EMBED_VIEW = "/campaign/embed.xhtml";
    static final String EMBED_THANKS_VIEW = "/campaign/embed-thanks.xhtml";
    private static final String EMBEDDED_ATTRIBUTE = "firmas.campaign.embedded";

    private static final Pattern SOURCE_QUERY = Pattern.compile(CampaignPage.SOURCE + "=" + SigningSources.SAFE.pattern());
    private static final Pattern PATH = Pattern.compile(
            "/([a-z0-9][a-z0-9-]{1,62}[a-z0-9])(/thanks|/confirmed|/embed|/embed/thanks)?/?");

    @Inject
    CampaignCatalog catalog;

    @Inject
    PageCache cache;

    @Inject
    DirectSigning directSigning;

    @Inject
    SignatureCounts counts;

    @Inject
    ConfirmedPages confirmedPages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageEncoding.readAsWritten(request);
        String path = request.getPathInfo() != null ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/campaigns".length());
        Matcher matcher = PATH.matcher(path);
        Campaign campaign = matcher.matches() ? catalog.findPublic(matcher.group(1)).orElse(null) : null;
        if (campaign == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SLUG_ATTRIBUTE, matcher.group(1));
        String view = viewOf(matcher.group(2));
        boolean embedded = view.equals(EMBED_VIEW) || view.equals(EMBED_THANKS_VIEW);
        request.setAttribute(PublicUrlViewHandler.PUBLIC_PATH, "/campaigns/" + matcher.group(1) + (embedded ? "/embed" : ""));
        if (embedded) {
            request.setAttribute(EMBEDDED_ATTRIBUTE, Boolean.TRUE);
            SecurityHeadersFilter.allowFramingBy(response, campaign.definition().embedOrigins());
        }
        boolean signView = view.equals(SIGN_VIEW) || view.equals(EMBED_VIEW);
        if (signView && "POST".equals(request.getMethod()) && directSigning.take(request, response, campaign)) {
            return;
        }
        if (!isShareable(request)) {
            request.getRequestDispatcher(view).forward(request, response);
            return;
        }
        // The campaign's identity is part of the key: an edited or closed campaign is a new object,
        // so organizers' changes show at once instead of after the cache's second.
        String key = view + '|' + matcher.group(1) + '|' + System.identityHashCode(campaign) + '|'
                + SupportedLanguages.rememberedChoice(request) + '|' + request.getHeader("Accept-Language")
                + '|' + SigningSources.recognized(campaign.definition(), request.getParameter(CampaignPage.SOURCE));
        if (view.equals(CONFIRMED_VIEW)) {
            // Where supporters look for their own signature in the count: never a page from before it counted.
            confirmedPages.serve(key, counts.confirmed(campaign.id()), () -> counts.confirmed(campaign.id()), view, request, response);
        } else {
            cache.serve(key, view, "", request, response);
        }
    }

    private static String viewOf(String page) {
        if (page == null) {
            return SIGN_VIEW;
        }
        return switch (page) {
            case "/thanks" -> THANKS_VIEW;
            case "/confirmed" -> CONFIRMED_VIEW;
            case "/embed" -> EMBED_VIEW;
            default -> EMBED_THANKS_VIEW;
        };
    }

    /**
     * A plain GET that any visitor with the same language would see alike, maybe from a partner's or
     * a share link (the source is part of the key); a language switch sets a cookie.
     */
    private boolean isShareable(HttpServletRequest request) {
        String query = request.getQueryString();
        return cache.enabled() && "GET".equals(request.getMethod())
                && (query == null || SOURCE_QUERY.matcher(query).matches());
    }

    /** The slug of the campaign this request is about, set when the URL was mapped. */
    static String slugOf(HttpServletRequest request) {
        return (String) request.getAttribute(SLUG_ATTRIBUTE);
    }

    /** Whether this request is for the sign form in a partner's frame, whose pages stay in the frame. */
    static boolean isEmbedded(HttpServletRequest request) {
        return request.getAttribute(EMBEDDED_ATTRIBUTE) != null;
    }
}
