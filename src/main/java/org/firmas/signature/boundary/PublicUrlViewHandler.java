package org.firmas.signature.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes forms post back to the short public address the page was reached by
 * ({@code /campaigns/{slug}}, {@code /confirm/{token}}) instead of the Facelets file name.
 */
public class PublicUrlViewHandler extends ViewHandlerWrapper {

    static final String PUBLIC_PATH = "firmas.public.path";

    public PublicUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object publicPath = request.getAttribute(PUBLIC_PATH);
        return publicPath != null ? request.getContextPath() + publicPath : super.getActionURL(context, viewId);
    }
}
