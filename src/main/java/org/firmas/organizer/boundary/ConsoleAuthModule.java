package org.firmas.organizer.boundary;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.firmas.organizer.control.ConsoleCaller;
import org.firmas.organizer.control.OrganizerCredentials;
import org.firmas.platform.SecurityHeadersFilter;

/**
 * Console login (Jakarta Authentication, servlet profile). The container asks this module about
 * every request, public or not: a public page without a session goes on at once, as nobody; a
 * request whose session holds a logged-in caller goes on as that caller; a console page asked
 * for without one is redirected to the login form. The form ({@link LoginPage}) hands its
 * credentials over as a request attribute and asks the container to authenticate, so throttling
 * and session-id rotation happen around the check. web.xml says which pages need which role.
 * <p>
 * A module of our own rather than a Jakarta Security mechanism: its bridge looked the mechanism
 * up through JNDI twice on every request, a tenth of the server's work in a signing surge.
 */
public class ConsoleAuthModule implements ServerAuthModule {

    public static final String LOGIN_PAGE = "/organize/login.xhtml";
    public static final String HOME_PAGE = "/organize/index.xhtml";
    public static final String PARTNER_PAGE = "/organize/partner.xhtml";

    /** The request attribute through which the login form hands over an attempt. */
    static final String ATTEMPT = "firmas.console.login-attempt";
    private static final String CALLER = "firmas.console.caller";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private final OrganizerCredentials credentials;
    private CallbackHandler container;

    public ConsoleAuthModule(OrganizerCredentials credentials) {
        this.credentials = credentials;
    }

    /** What the login form submitted; the password is wiped once checked. */
    record Attempt(String email, char[] password) {
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        if (request.getAttribute(ATTEMPT) instanceof Attempt attempt) {
            request.removeAttribute(ATTEMPT);
            return logIn(request, attempt, client);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof ConsoleCaller held) {
            Optional<ConsoleCaller> caller = credentials.current(held);
            if (caller.isPresent()) {
                if (!caller.get().equals(held)) {
                    session.setAttribute(CALLER, caller.get());
                }
                return establish(client, caller.get());
            }
            // Deactivated, or its password changed in another session: this session is logged out.
            session.removeAttribute(CALLER);
        }
        if ("true".equals(message.getMap().get(MANDATORY))) {
            HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
            // This answer leaves before any filter runs: it gets the headers every page has here.
            SecurityHeadersFilter.applyTo(request, response);
            try {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            } catch (IOException e) {
                throw (AuthException) new AuthException("The redirect to the login form failed").initCause(e);
            }
            return AuthStatus.SEND_CONTINUE;
        }
        return AuthStatus.SUCCESS;
    }

    private AuthStatus logIn(HttpServletRequest request, Attempt attempt, Subject client) throws AuthException {
        Optional<ConsoleCaller> caller;
        try {
            caller = credentials.check(attempt.email(), attempt.password());
        } finally {
            Arrays.fill(attempt.password(), '\0');
        }
        if (caller.isEmpty()) {
            return AuthStatus.SEND_FAILURE;
        }
        request.getSession().setAttribute(CALLER, caller.get());
        return establish(client, caller.get());
    }

    private AuthStatus establish(Subject client, ConsoleCaller caller) throws AuthException {
        try {
            container.handle(new Callback[] {
                new CallerPrincipalCallback(client, caller.email()),
                new GroupPrincipalCallback(client, new String[] {caller.group()})});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container did not take the caller").initCause(e);
        }
        return AuthStatus.SUCCESS;
    }

    /** Keeps this session logged in as the caller it now is, after its own password change. */
    static void keepLoggedIn(HttpServletRequest request, ConsoleCaller caller) {
        request.getSession().setAttribute(CALLER, caller);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    /** Logging out: the caller leaves the session as well as the subject. */
    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpSession session = ((HttpServletRequest) message.getRequestMessage()).getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
