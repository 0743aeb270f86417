package org.firmas.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;

/**
 * A post whose view state says "stateless" to a page that keeps its state (the console's forms)
 * cannot be restored; Faces says so with a bare exception, which would be a server error. It is a
 * view that cannot be restored like any forged or expired one: answered with no view, which Faces
 * reports as an expired view, answered with the "page expired" page
 * ({@link ExpiredViewExceptionHandlerFactory}).
 */
public class StateClaimViewHandler extends ViewHandlerWrapper {

    /** The value Faces writes as the view state of a page that keeps none. */
    private static final String STATELESS = "stateless";

    public StateClaimViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (FacesException refused) {
            if (claimsNoState(context)) {
                return null;
            }
            throw refused;
        }
    }

    private static boolean claimsNoState(FacesContext context) {
        return STATELESS.equals(context.getExternalContext().getRequestParameterMap()
                .get(ResponseStateManager.VIEW_STATE_PARAM));
    }
}
