package org.firmas.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request seen as a plain GET without parameters. Error pages are Faces views: shown for a
 * refused post, Faces would otherwise read its body (perhaps far too large) and try to restore
 * the posted view state on the error page.
 */
final class PlainGetRequest extends HttpServletRequestWrapper {

    PlainGetRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }
}
