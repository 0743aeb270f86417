package org.firmas.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.firmas.signature.entity.LinkResult;

/** The page behind the withdraw link: one button erases the signature and the signer's data. */
@Named
@RequestScoped
public class WithdrawPage {

    @Inject
    SignatureEraser eraser;

    private String token;
    private boolean valid;
    private boolean done;

    @PostConstruct
    void load() {
        token = SupporterLinkFilter.tokenOf((HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest());
        valid = eraser.isValid(token);
    }

    public String withdraw() {
        done = eraser.erase(token) instanceof LinkResult.Done;
        valid = false;
        return null;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }
}
