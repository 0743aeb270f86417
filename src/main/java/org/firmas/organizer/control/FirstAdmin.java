package org.firmas.organizer.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.organizer.entity.Role;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.ListenAddress;

/**
 * Makes sure somebody can log in: at the first start the admin named by FIRMAS_ADMIN_EMAIL and
 * FIRMAS_ADMIN_PASSWORD is created. On the embedded H2 default without them, a demo admin whose
 * login the README shows is created instead, so trying Firmas needs no setup; but only when the
 * server listens on this machine alone (FIRMAS_BIND_ADDRESS a loopback address, as the run
 * command sets it), because anyone who can reach the console knows that password. At every start
 * while that login still works, the log says so and where to change its password. The password
 * is never logged.
 */
@Startup
@Singleton
// After the notice of where Firmas serves, so the log reads in the order a newcomer needs it.
@DependsOn({"SchemaMigration", "ServingAddressNotice"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdmin {

    public static final String DEMO_EMAIL = "admin@firmas.local";
    static final String DEMO_PASSWORD = "firmas-demo-admin";

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "firmas.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "firmas.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "firmas.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    @Inject
    ListenAddress listenAddress;

    @PostConstruct
    void ensureAnAdmin() {
        boolean demoCreated = false;
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            createFromConfiguration(adminEmail.get(), adminPassword.get());
        } else if (accounts.countAdmins() == 0 && databaseUrl.startsWith("jdbc:h2:") && listenAddress.isLoopbackOnly()) {
            create(DEMO_EMAIL, DEMO_PASSWORD);
            demoCreated = true;
        } else if (accounts.countAdmins() == 0 && databaseUrl.startsWith("jdbc:h2:")) {
            LOG.warning("Organizer console: no demo admin, because the server may be reachable from other machines "
                    + "(FIRMAS_BIND_ADDRESS is not a loopback address); set FIRMAS_ADMIN_EMAIL and FIRMAS_ADMIN_PASSWORD");
        } else if (accounts.countAdmins() == 0) {
            LOG.warning("Organizer console: no admin account; set FIRMAS_ADMIN_EMAIL and FIRMAS_ADMIN_PASSWORD");
        }
        if (listenAddress.isLoopbackOnly() && demoLoginWorks()) {
            LOG.info(demoLine(demoCreated ? "created" : "exists"));
        }
    }

    private boolean demoLoginWorks() {
        return accounts.byEmail(DEMO_EMAIL)
                .filter(account -> account.isActive() && Passwords.matches(DEMO_PASSWORD.toCharArray(), account.getPassword()))
                .isPresent();
    }

    private String demoLine(String state) {
        return "Organizer console: demo admin " + DEMO_EMAIL + " " + state + " (password in README.md); change its "
                + "password at " + baseUrl.strip().replaceAll("/+$", "") + "/organize/password.xhtml, or set "
                + "FIRMAS_ADMIN_EMAIL and FIRMAS_ADMIN_PASSWORD to create a real admin";
    }

    /** Whether these are the README's demo credentials, which must not open a console other machines reach. */
    static boolean isDemoLogin(String email, char[] password) {
        return Accounts.normalize(email).equals(DEMO_EMAIL) && Arrays.equals(password, DEMO_PASSWORD.toCharArray());
    }

    private void createFromConfiguration(String email, String password) {
        if (!EmailSyntax.isValid(email.strip())) {
            LOG.warning("FIRMAS_ADMIN_EMAIL is not a valid email address; no admin created");
            return;
        }
        if (Passwords.weakness(password) != null) {
            LOG.warning("FIRMAS_ADMIN_PASSWORD is shorter than " + Passwords.MIN_LENGTH + " characters; no admin created");
            return;
        }
        if (accounts.byEmail(email).isEmpty()) {
            create(email, password);
            LOG.info("Organizer console: admin account created from FIRMAS_ADMIN_EMAIL");
        }
    }

    private void create(String email, String password) {
        try {
            accounts.create(email, "Admin", Role.ADMIN, Passwords.hash(password.toCharArray()));
        } catch (RuntimeException anotherNodeWasFirst) {
            if (accounts.byEmail(email).isEmpty()) {
                throw anotherNodeWasFirst;
            }
        }
    }
}
