package org.firmas.signature.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.platform.SupportedLanguages;
import org.firmas.signature.entity.LinkResult;

/**
 * Serves the links in supporter mails, {@code /confirm/{token}} and {@code /withdraw/{token}}.
 * A malformed token still gets the page (which says the link is not valid), never an error.
 * <p>
 * After a surge of signatures comes a surge of confirmation links opened. A valid link's page
 * differs from another's of the same campaign and language only by the token in its address and
 * form, so it is rendered once a second and kept with the token cut out ({@link PageCache}); each
 * request fills in its own. Expired and unknown links, and pages with a query, are rendered each time.
 */
public class SupporterLinkFilter extends HttpFilter {

    static final String TOKEN_ATTRIBUTE = "firmas.link.token";
    static final String LINK_ATTRIBUTE = "firmas.link.checked";

    private static final Pattern PATH = Pattern.compile("/(confirm|withdraw)/([A-Za-z0-9_-]{1,100})/?");

    /** Tokens are 43 characters; only a token this long can be told apart from the rest of a page. */
    private static final int SHORTEST_KEPT_TOKEN = 32;
    private static final String CONFIRM_VIEW = "/signature/confirm.xhtml";

    @Inject
    DirectConfirming directConfirming;

    @Inject
    SignatureConfirmer confirmer;

    @Inject
    CampaignCatalog catalog;

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageEncoding.readAsWritten(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        String action = matcher.matches() ? matcher.group(1) : path.startsWith("/confirm") ? "confirm" : "withdraw";
        String token = matcher.matches() ? matcher.group(2) : "";
        if ("confirm".equals(action) && "POST".equals(request.getMethod()) && directConfirming.take(request, response, token)) {
            return;
        }
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        request.setAttribute(PublicUrlViewHandler.PUBLIC_PATH, "/" + action + "/" + token);
        String view = "/signature/" + action + ".xhtml";
        Optional<String> kept = CONFIRM_VIEW.equals(view) ? keyOfConfirmPage(request, token) : Optional.empty();
        if (kept.isPresent()) {
            cache.serve(kept.get(), view, token, request, response);
        } else {
            request.getRequestDispatcher(view).forward(request, response);
        }
    }

    /**
     * The key a valid link's page is kept under, the same for every link of the campaign read in
     * the same language; empty when the page is to be rendered for this request alone.
     */
    private Optional<String> keyOfConfirmPage(HttpServletRequest request, String token) {
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || token.length() < SHORTEST_KEPT_TOKEN || !(confirmer.check(token) instanceof LinkResult.Done done)) {
            return Optional.empty();
        }
        // The page renders the link as found here: one that expired a moment later must not be
        // kept as the valid links' page.
        request.setAttribute(LINK_ATTRIBUTE, done);
        // The campaign's identity, as on the campaign's own pages: an edited campaign is a new object.
        return catalog.findById(done.campaignId()).map(campaign -> CONFIRM_VIEW + '|' + campaign.id() + '|'
                + System.identityHashCode(campaign) + '|' + SupportedLanguages.rememberedChoice(request) + '|'
                + request.getHeader("Accept-Language"));
    }

    /** The link as this filter found it, if it checked it. */
    static Optional<LinkResult> checkedLinkOf(HttpServletRequest request) {
        return Optional.ofNullable((LinkResult) request.getAttribute(LINK_ATTRIBUTE));
    }

    static String tokenOf(HttpServletRequest request) {
        Object token = request.getAttribute(TOKEN_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }
}
