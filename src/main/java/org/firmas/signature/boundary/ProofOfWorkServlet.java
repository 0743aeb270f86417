package org.firmas.signature.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.firmas.signature.control.ProofOfWork;

/**
 * Hands the sign form's script a fresh proof-of-work puzzle. Apart from the page, which is cached
 * and shared, so every visitor gets a puzzle of their own. No session, no cookie.
 */
@WebServlet("/sign/challenge")
public class ProofOfWorkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProofOfWork proofOfWork;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProofOfWork.Challenge challenge = proofOfWork.issue();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Every value is hex digits or a number: nothing here needs escaping.
        response.getWriter().write("{\"algorithm\":\"SHA-256\",\"salt\":\"" + challenge.salt()
                + "\",\"challenge\":\"" + challenge.challenge() + "\",\"signature\":\"" + challenge.signature()
                + "\",\"maxnumber\":" + challenge.maxNumber() + "}");
    }
}
