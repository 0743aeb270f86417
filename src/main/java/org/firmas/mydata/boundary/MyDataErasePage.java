package org.firmas.mydata.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.firmas.mydata.entity.LinkState;
import org.firmas.mydata.entity.SignedCampaign;

/**
 * Asks a supporter to confirm that they want everything erased, at {@code /my-data/{token}/erase}:
 * names the campaigns it concerns and what stays (the counts). Only this page's form erases: it
 * posts {@code do=erase-confirmed} with a value bound to the link, which no other page carries.
 */
@Named
@RequestScoped
public class MyDataErasePage {

    static final String CONFIRMED = "erase-confirmed";

    @Inject
    MyDataActions actions;

    private String token = "";
    private Locale locale = Locale.ENGLISH;
    private MyDataActions.Shown shown = new MyDataActions.Shown(new LinkState.Unknown(), List.of());
    private boolean erased;

    /** Where the page is: {@code /my-data/{token}/erase}, in the given language, from the context path on. */
    static String address(String token, Locale locale) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getContextPath() + "/my-data/" + token + "/erase?lang=" + locale.getLanguage();
    }

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        token = Objects.toString(request.getAttribute(MyDataFilter.TOKEN), "");
        locale = context.getViewRoot().getLocale();
        if ("POST".equals(request.getMethod()) && CONFIRMED.equals(request.getParameter("do"))
                && actions.eraseEverything(token, request.getParameter("confirm")) instanceof LinkState.Open) {
            erased = true;
            return;
        }
        shown = actions.show(token, locale);
    }

    public String getAction() {
        return address(token, locale);
    }

    /** Back to the data, keeping it. */
    public String getBack() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getContextPath() + "/my-data/" + token + "?lang=" + locale.getLanguage();
    }

    public String getConfirmation() {
        return actions.eraseConfirmation(token);
    }

    public boolean isOpen() {
        return !erased && shown.state() instanceof LinkState.Open;
    }

    public boolean isExpired() {
        return !erased && shown.state() instanceof LinkState.Expired;
    }

    public boolean isUnknown() {
        return !erased && shown.state() instanceof LinkState.Unknown;
    }

    public boolean isErased() {
        return erased;
    }

    /** The campaigns the address signed, by title, once each. */
    public List<String> getTitles() {
        return shown.signatures().stream().map(SignedCampaign::title).distinct().toList();
    }
}
