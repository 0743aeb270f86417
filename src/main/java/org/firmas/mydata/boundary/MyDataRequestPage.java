package org.firmas.mydata.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.firmas.platform.ClientAddress;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.Messages;

/**
 * The page at {@code /my-data}: a supporter types their address and is told a link is on its way,
 * the same words whether or not the address signed anything (see {@link MyDataRequests}). Only a
 * mistyped address is answered differently, next to the field.
 */
@Named
@RequestScoped
public class MyDataRequestPage {

    @Inject
    MyDataRequests requests;

    @Inject
    ClientAddress clientAddress;

    private String email = "";
    private String error;
    private boolean sent;

    /** A post asks for the link, then redirects to the page that says it is on its way. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        sent = request.getParameter("sent") != null;
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        email = Objects.toString(request.getParameter("email"), "").strip();
        String problem = email.isEmpty() ? "mydata.email.required" : EmailSyntax.isValid(email) ? null : "mydata.email.invalid";
        if (problem != null) {
            error = Messages.format(locale, problem);
            return;
        }
        requests.request(new MyDataRequests.LinkRequest(email, locale.getLanguage(), clientAddress.of(request),
                request.getParameter("website"), request.getParameter("proof")));
        external.redirect(request.getContextPath() + "/my-data?sent=1&lang=" + locale.getLanguage());
    }

    public String getEmail() {
        return email;
    }

    public String getError() {
        return error;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmailPattern() {
        return EmailSyntax.BROWSER_PATTERN;
    }
}
