package org.firmas.platform.brand;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /brand.css} and {@code /brand/logo} from Firmas's own origin. Their addresses
 * carry a digest of the content, so they are kept for a year. An SVG logo is meant for an
 * {@code <img>}, where it never runs script; opened on its own, its policy refuses every script
 * and every request it might make.
 */
@WebServlet({"/brand.css", "/brand/logo"})
public class BrandFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Brand brand;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/brand.css")) {
            keptForAYear(response);
            response.setContentType("text/css;charset=UTF-8");
            response.getOutputStream().write(brand.stylesheet().css().getBytes(StandardCharsets.UTF_8));
            return;
        }
        SiteSettings.Logo logo = brand.logo().orElse(null);
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        keptForAYear(response);
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentType(logo.contentType());
        response.setContentLength(logo.bytes().length);
        response.getOutputStream().write(logo.bytes());
    }

    private static void keptForAYear(HttpServletResponse response) {
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
