package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.organizer.control.DeviceCookie;
import org.firmas.organizer.control.LoginThrottle;
import org.firmas.organizer.entity.Role;
import org.firmas.platform.ClientAddress;

/**
 * The login form. A throttled attempt is refused before the password is even looked at, so a
 * refusal tells a guesser nothing; a successful one gets a new session id, so an id planted
 * before login is worth nothing after it, and the browser a device cookie that lets it past
 * the failures others made from its address.
 */
@Named
@RequestScoped
public class LoginPage {

    private static final Duration DEVICE_COOKIE_LIFETIME = Duration.ofDays(365);

    @Inject
    LoginThrottle throttle;

    @Inject
    ConsoleText text;

    @Inject
    ClientAddress clientAddress;

    @Inject
    DeviceCookie deviceCookie;

    @Inject
    @ConfigProperty(name = "firmas.base.url", defaultValue = "")
    String baseUrl;

    private String email;
    private String password;

    public void redirectIfLoggedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + homeOf(external.isUserInRole(Role.PARTNER_NAME)));
        }
    }

    /** Where a login lands: a partner on its own page, anyone else on the campaign list. */
    static String homeOf(boolean partner) {
        return partner ? ConsoleAuthModule.PARTNER_PAGE : ConsoleAuthModule.HOME_PAGE;
    }

    public String login() throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = clientAddress.of(request);
        Optional<String> device = deviceCookie.deviceOf(presentedDeviceCookie(request), email);
        Duration wait = throttle.waitBefore(email, address, device);
        if (!wait.isZero()) {
            fail(context, text.format("organize.login.throttled", Math.max(1, (wait.toSeconds() + 59) / 60)));
            return null;
        }
        // Before the check, which records the caller in the session: an id planted beforehand must not be the one that logs in.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.setAttribute(ConsoleAuthModule.ATTEMPT, new ConsoleAuthModule.Attempt(email == null ? "" : email.strip(),
                password == null ? new char[0] : password.toCharArray()));
        password = null;
        if (request.authenticate(response)) {
            giveDeviceCookie(request, response);
            external.redirect(external.getRequestContextPath() + homeOf(request.isUserInRole(Role.PARTNER_NAME)));
        } else {
            throttle.failed(email, address, device);
            fail(context, text.get("organize.login.failed"));
        }
        return null;
    }

    private static String presentedDeviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(DeviceCookie.NAME))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /** A header of our own, the one way SameSite surely reaches the browser; Strict, as only our login form reads it. */
    private void giveDeviceCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", DeviceCookie.NAME + "=" + deviceCookie.issueFor(email)
                + "; Path=" + request.getContextPath() + "/organize; Max-Age=" + DEVICE_COOKIE_LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (baseUrl.startsWith("https:") ? "; Secure" : ""));
    }

    private static void fail(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
