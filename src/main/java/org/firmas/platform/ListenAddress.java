package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the HTTP listener was told to listen on (FIRMAS_BIND_ADDRESS, which the run command
 * sets to 127.0.0.1 and Payara reads through its pre-boot file), so the app knows whether other
 * machines can reach it.
 */
@ApplicationScoped
public class ListenAddress {

    @Inject
    @ConfigProperty(name = "firmas.bind.address")
    Optional<String> bindAddress;

    /** Unset means Payara's default, every interface; a host name is not trusted to stay on loopback. */
    public boolean isLoopbackOnly() {
        return bindAddress.flatMap(address -> IpRange.literal(address.strip())).map(InetAddress::isLoopbackAddress).orElse(false);
    }
}
