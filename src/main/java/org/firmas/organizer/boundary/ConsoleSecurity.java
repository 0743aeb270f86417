package org.firmas.organizer.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.firmas.organizer.entity.Role;

/**
 * Form login for the console. The login page is a Faces form that hands the credentials to
 * Jakarta Security itself ({@link LoginPage}), so throttling and session-id rotation happen
 * around the check. web.xml says which pages need which role.
 */
@ApplicationScoped
@DeclareRoles({Role.ADMIN_NAME, Role.ORGANIZER_NAME})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = ConsoleSecurity.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
public class ConsoleSecurity {

    public static final String LOGIN_PAGE = "/organize/login.xhtml";
    public static final String HOME_PAGE = "/organize/index.xhtml";
}
