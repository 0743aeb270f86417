package org.firmas.signature.boundary;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Recognises a post that is a public page's own form as Faces renders it: the form's id as a
 * field, its submit button, and the stateless view state every public page carries. Only such a
 * post may be taken without the Faces lifecycle; anything else is left for Faces to judge.
 */
final class OwnFormPost {

    private static final String STATELESS_VIEW = "stateless";

    private OwnFormPost() {
    }

    static boolean of(HttpServletRequest request, String form) {
        return form.equals(request.getParameter(form)) && request.getParameter(form + ":submit") != null
                && STATELESS_VIEW.equals(request.getParameter("jakarta.faces.ViewState"));
    }
}
