package org.firmas.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** JSON lives under /api. */
@ApplicationPath("/api")
public class ApiApplication extends Application {

    /** No generated WADL: the API is documented in docs/campaigns.md, not advertised to scanners. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
