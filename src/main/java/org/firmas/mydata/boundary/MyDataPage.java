package org.firmas.mydata.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.firmas.mydata.entity.LinkState;
import org.firmas.mydata.entity.SignedCampaign;
import org.firmas.platform.Messages;

/**
 * The page behind a "my data" link: every signature of the address with what is held for it, and
 * the buttons that act on them. Each button is a plain form posting to the link itself; after an
 * action the page redirects to itself with what was done, except after ending the link, when the
 * page says at once that it works no more. Erasing everything is asked on a page of its own
 * ({@link MyDataErasePage}): a post here never erases.
 */
@Named
@RequestScoped
public class MyDataPage {

    /** What a post asks for, and the word the page says it with afterwards. */
    private static final List<String> DONE = List.of("withdrawn", "stopped");

    @Inject
    MyDataActions actions;

    private String token = "";
    private Locale locale = Locale.ENGLISH;
    private MyDataActions.Shown shown = new MyDataActions.Shown(new LinkState.Unknown(), List.of());
    private String done;
    private boolean ended;
    private boolean withdrewLast;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        token = Objects.toString(request.getAttribute(MyDataFilter.TOKEN), "");
        locale = context.getViewRoot().getLocale();
        if ("POST".equals(request.getMethod())) {
            String action = Objects.toString(request.getParameter("do"), "");
            Long signature = idOf(request.getParameter("signature"));
            LinkState state = switch (action) {
                case "withdraw" -> signature == null ? null : actions.withdraw(token, signature);
                case "stop" -> signature == null ? null : actions.stopUpdates(token, signature);
                case "stop-all" -> actions.stopUpdates(token, null);
                case "end" -> actions.end(token);
                default -> null;
            };
            if (state instanceof LinkState.Open && "end".equals(action)) {
                ended = true;
                return;
            }
            if (state instanceof LinkState.Open && "withdraw".equals(action) && !actions.works(token)) {
                // The last signature withdrawn: nothing is held any more, and the link went with it.
                withdrewLast = true;
                return;
            }
            if (state instanceof LinkState.Open) {
                external.redirect(getAction() + "&done=" + ("withdraw".equals(action) ? "withdrawn" : "stopped"));
                return;
            }
        }
        String asked = request.getParameter("done");
        done = asked != null && DONE.contains(asked) ? asked : null;
        shown = actions.show(token, locale);
    }

    /** Where the page's forms post: the link itself, in the page's language. */
    public String getAction() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getContextPath() + "/my-data/" + token + "?lang=" + locale.getLanguage();
    }

    /** Where "erase everything" leads: the page that asks to confirm it. */
    public String getEraseAddress() {
        return MyDataErasePage.address(token, locale);
    }

    public boolean isOpen() {
        return !closedHere() && shown.state() instanceof LinkState.Open;
    }

    public boolean isExpired() {
        return !closedHere() && shown.state() instanceof LinkState.Expired;
    }

    public boolean isUnknown() {
        return !closedHere() && shown.state() instanceof LinkState.Unknown;
    }

    public boolean isEnded() {
        return ended;
    }

    public boolean isWithdrewLast() {
        return withdrewLast;
    }

    /** The post just closed the link: the page says why rather than that the link is unknown. */
    private boolean closedHere() {
        return ended || withdrewLast;
    }

    /** What was just done ("withdrawn", "stopped"), or null. */
    public String getDone() {
        return done;
    }

    public List<SignedCampaign> getSignatures() {
        return shown.signatures();
    }

    public boolean isAnyUpdates() {
        return shown.signatures().stream().anyMatch(SignedCampaign::receivesUpdates);
    }

    public String date(Instant when, ZoneId zone) {
        return when == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(when);
    }

    public String languageName(String language) {
        return Locale.forLanguageTag(language).getDisplayLanguage(locale);
    }

    public String status(SignedCampaign row) {
        String state = row.held().isPaper() ? "paper" : switch (row.held().status()) {
            case CONFIRMED -> "confirmed";
            case PENDING -> "pending";
            default -> "held";
        };
        return Messages.format(locale, "mydata.status." + state);
    }

    public String updates(SignedCampaign row) {
        String state = row.receivesUpdates() ? "yes" : row.updatesStopped() ? "stopped" : "no";
        return Messages.format(locale, "mydata.updates." + state);
    }

    private static Long idOf(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
