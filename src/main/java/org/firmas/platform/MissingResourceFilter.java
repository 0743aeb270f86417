package org.firmas.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Faces answers a resource it cannot serve (an unknown name, a library such as {@code ?ln=../})
 * with a bare 404 status and an empty page; this turns that into the site's own "not found" page.
 */
public class MissingResourceFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                if (status == SC_NOT_FOUND && !isCommitted()) {
                    try {
                        sendError(SC_NOT_FOUND);
                    } catch (IOException e) {
                        super.setStatus(status);
                    }
                } else {
                    super.setStatus(status);
                }
            }
        });
    }
}
