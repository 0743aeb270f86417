package org.firmas.mydata.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /my-data}, where a supporter asks for their link, {@code /my-data/{token}},
 * the link itself, and {@code /my-data/{token}/erase}, where erasing everything is confirmed. Both pages post plain forms back to their own address: no view state and no
 * session, the token the only thing that carries over. A malformed token gets the page that says
 * the link does not work, never an error.
 */
public class MyDataFilter extends HttpFilter {

    static final String TOKEN = "firmas.mydata.token";

    private static final Pattern LINK = Pattern.compile("/my-data/([A-Za-z0-9_-]{1,100})(/erase)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/my-data".equals(path) || "/my-data/".equals(path)) {
            request.getRequestDispatcher("/mydata/request.xhtml").forward(request, response);
            return;
        }
        // The page shows a person's data: no cache, shared or their browser's, keeps a copy.
        response.setHeader("Cache-Control", "no-store");
        Matcher link = LINK.matcher(path);
        request.setAttribute(TOKEN, link.matches() ? link.group(1) : "");
        boolean erase = link.matches() && link.group(2) != null;
        request.getRequestDispatcher(erase ? "/mydata/erase.xhtml" : "/mydata/view.xhtml").forward(request, response);
    }
}
