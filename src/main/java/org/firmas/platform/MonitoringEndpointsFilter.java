package org.firmas.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Payara serves its metrics and health endpoints inside the application at the site root, on the
 * public port. Only the addresses in FIRMAS_MONITORING_ADDRESSES (none by default) may read them;
 * everyone else gets the not-found page. The connection's own peer counts, never a forwarded
 * address, which any client can write.
 */
public class MonitoringEndpointsFilter extends HttpFilter {

    static final String SETTING = "firmas.monitoring.addresses";

    private List<IpRange> allowed = List.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        allowed = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class)
                .map(list -> ClientAddress.ranges("FIRMAS_MONITORING_ADDRESSES", list)).orElse(List.of());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ClientAddress.isTrusted(request.getRemoteAddr(), allowed)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
