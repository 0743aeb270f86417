package org.firmas.signature.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes forms post back to the short public address the page was reached by
 * ({@code /campaigns/{slug}}, {@code /confirm/{token}}) instead of the Facelets file name. The
 * sign form's address ends in its error summary's id: a refused form comes back at that address,
 * so the browser opens the page on the list of problems, two screens below the top on a phone,
 * without any script. A redirect after an accepted form carries the fragment on harmlessly.
 * The form in a partner's frame also names its language in the address: a frame on another site
 * may not get the language cookie, and the thank-you page must speak as the form did.
 */
public class PublicUrlViewHandler extends ViewHandlerWrapper {

    static final String PUBLIC_PATH = "firmas.public.path";
    static final String ERROR_SUMMARY = "#error-summary";

    public PublicUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object publicPath = request.getAttribute(PUBLIC_PATH);
        String url = publicPath != null ? request.getContextPath() + publicPath : super.getActionURL(context, viewId);
        if (CampaignUrlFilter.EMBED_VIEW.equals(viewId)) {
            return url + "?lang=" + context.getViewRoot().getLocale().getLanguage() + ERROR_SUMMARY;
        }
        return CampaignUrlFilter.SIGN_VIEW.equals(viewId) ? url + ERROR_SUMMARY : url;
    }
}
