package org.firmas.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sees each request in the server's HTTP listeners before the server decodes its path, where
 * no filter of Firmas can: every answer, the ones the server gives itself included (an empty 400
 * "Invalid URI", a 301 to a folder), starts with the security headers, and a path the server would
 * refuse ({@link RefusedPath}) is served as the site root marked {@link #REFUSED_PATH}, which
 * {@link PercentEscapeFilter} answers with the bad-request page in the visitor's language. Left to
 * the server, a malformed escape got an empty 200 (Payara issue 8000).
 *
 * <p>The hook is a Grizzly monitoring probe, an interface, reached through the server's classes by
 * name (Payara Micro 6 and 7 alike), so the WAR needs none of them to compile. On another server
 * it logs one warning and Firmas runs without it.
 */
@WebListener
public class ServerRequestHook implements ServletContextListener {

    /** Request attribute: the path the client sent is one the server refuses. */
    static final String REFUSED_PATH = "org.firmas.refusedPath";

    private static final Logger LOG = Logger.getLogger(ServerRequestHook.class.getName());

    private final List<Object> monitoringConfigs = new ArrayList<>();
    private Object probe;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            Grizzly grizzly = new Grizzly();
            probe = Proxy.newProxyInstance(grizzly.probeType.getClassLoader(), new Class<?>[] {grizzly.probeType},
                    new Probe(grizzly, event.getServletContext().getContextPath() + "/"));
            for (Object filter : grizzly.httpServerFilters()) {
                Object config = filter.getClass().getMethod("getMonitoringConfig").invoke(filter);
                grizzly.addProbes.invoke(config, (Object) array(grizzly.probeType, probe));
                monitoringConfigs.add(config);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Answers the server gives itself go without the security headers: {0}", e.toString());
        }
    }

    /** The server outlives the application: its listeners must not keep this application's classes. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Object config : monitoringConfigs) {
            try {
                config.getClass().getMethod("removeProbes", Object[].class)
                        .invoke(config, (Object) array(probe.getClass().getInterfaces()[0], probe));
            } catch (ReflectiveOperationException e) {
                LOG.log(Level.WARNING, "Could not remove the request hook: {0}", e.toString());
            }
        }
        monitoringConfigs.clear();
    }

    private static Object[] array(Class<?> type, Object element) {
        Object[] array = (Object[]) java.lang.reflect.Array.newInstance(type, 1);
        array[0] = element;
        return array;
    }

    /** The server's classes and methods the hook uses, looked up once. */
    private static final class Grizzly {
        final Class<?> probeType = type("org.glassfish.grizzly.http.server.HttpServerProbe");
        final Class<?> requestType = type("org.glassfish.grizzly.http.server.Request");
        final Method addProbes;
        final Method requestUri;
        final Method isSecure;
        final Method response;
        final Method setHeader;
        final Method setAttribute;
        final Method packet;
        final Method setRequestUri;

        Grizzly() throws ReflectiveOperationException {
            addProbes = type("org.glassfish.grizzly.monitoring.MonitoringConfig").getMethod("addProbes", Object[].class);
            requestUri = requestType.getMethod("getRequestURI");
            isSecure = requestType.getMethod("isSecure");
            response = requestType.getMethod("getResponse");
            setHeader = type("org.glassfish.grizzly.http.server.Response").getMethod("setHeader", String.class, String.class);
            setAttribute = requestType.getMethod("setAttribute", String.class, Object.class);
            packet = requestType.getMethod("getRequest");
            setRequestUri = type("org.glassfish.grizzly.http.HttpRequestPacket").getMethod("setRequestURI", String.class);
        }

        /** The HTTP filter of each network listener (HTTP and HTTPS). */
        List<Object> httpServerFilters() throws ReflectiveOperationException {
            Object locator = type("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
            Method services = locator.getClass().getMethod("getAllServices", Class.class, java.lang.annotation.Annotation[].class);
            Class<?> listenerType = type("org.glassfish.grizzly.config.dom.NetworkListener");
            Class<?> serviceType = type("com.sun.enterprise.v3.services.impl.GrizzlyService");
            Object grizzlyService = ((List<?>) services.invoke(locator, serviceType, new java.lang.annotation.Annotation[0])).get(0);
            Method lookup = serviceType.getMethod("lookupNetworkProxy", listenerType);
            Class<?> filterType = type("org.glassfish.grizzly.http.server.HttpServerFilter");
            List<Object> filters = new ArrayList<>();
            for (Object listener : (List<?>) services.invoke(locator, listenerType, new java.lang.annotation.Annotation[0])) {
                Object proxy = lookup.invoke(grizzlyService, listener);
                if (proxy != null) {
                    Object grizzlyListener = type("com.sun.enterprise.v3.services.impl.GrizzlyProxy")
                            .getMethod("getUnderlyingListener").invoke(proxy);
                    Method getFilters = type("org.glassfish.grizzly.config.GenericGrizzlyListener").getMethod("getFilters", Class.class);
                    filters.addAll((List<?>) getFilters.invoke(grizzlyListener, filterType));
                }
            }
            if (filters.isEmpty()) {
                throw new IllegalStateException("no HTTP listener found");
            }
            return filters;
        }

        private static Class<?> type(String name) {
            try {
                return Class.forName(name, false, ServerRequestHook.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Called by the listener's thread for each request, before the server decodes anything. */
    private record Probe(Grizzly grizzly, String siteRoot) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "onRequestReceiveEvent" -> {
                    try {
                        received(args[2]);
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        // Never the request's failure: it goes on as if the hook were not there.
                        LOG.log(Level.FINE, "Request hook failed", e);
                    }
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "Firmas request hook";
                }
                default -> {
                    // other events need nothing
                }
            }
            return null;
        }

        private void received(Object request) throws ReflectiveOperationException {
            Object response = grizzly.response.invoke(request);
            String uri = (String) grizzly.requestUri.invoke(request);
            boolean framable = uri.startsWith(siteRoot) && SecurityHeadersFilter.framable(uri.substring(siteRoot.length() - 1));
            for (var header : SecurityHeadersFilter.headers((Boolean) grizzly.isSecure.invoke(request), framable).entrySet()) {
                grizzly.setHeader.invoke(response, header.getKey(), header.getValue());
            }
            if (RefusedPath.refusedByServer(uri)) {
                grizzly.setAttribute.invoke(request, REFUSED_PATH, Boolean.TRUE);
                grizzly.setRequestUri.invoke(grizzly.packet.invoke(request), siteRoot);
            }
        }
    }
}
