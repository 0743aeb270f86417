package org.firmas.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts the requests coming in ({@link VisitorLoad}); first in the chain, so it counts them all. */
public class VisitorLoadFilter extends HttpFilter {

    @Inject
    VisitorLoad load;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        load.arrived();
        chain.doFilter(request, response);
    }
}
