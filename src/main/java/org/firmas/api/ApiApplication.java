package org.firmas.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON lives under /api. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
