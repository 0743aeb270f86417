package org.firmas.signature.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Makes the sign form post back to {@code /campaigns/{slug}} instead of the Facelets file name. */
public class CampaignUrlViewHandler extends ViewHandlerWrapper {

    public CampaignUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (CampaignUrlFilter.SIGN_VIEW.equals(viewId)) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            String slug = CampaignUrlFilter.slugOf(request);
            if (slug != null) {
                return request.getContextPath() + "/campaigns/" + slug;
            }
        }
        return super.getActionURL(context, viewId);
    }
}
