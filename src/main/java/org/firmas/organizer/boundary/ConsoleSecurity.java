package org.firmas.organizer.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firmas.organizer.entity.Role;

/**
 * Form login for the console. The login page is a Faces form that hands the credentials to
 * Jakarta Security ({@link LoginPage}), so throttling and session-id rotation happen around the
 * check; a console page asked for without a login is redirected to that form. Once logged in,
 * the session carries the caller ({@link AutoApplySession}). web.xml says which pages need which role.
 *
 * <p>A mechanism of our own rather than the built-in custom-form one: that one keeps its own
 * state in the session across a failed attempt, and a console page asked for afterwards came back
 * empty instead of redirecting to the login form.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({Role.ADMIN_NAME, Role.ORGANIZER_NAME})
public class ConsoleSecurity implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/organize/login.xhtml";
    public static final String HOME_PAGE = "/organize/index.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
