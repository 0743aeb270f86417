package org.firmas.testsupport;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the integration tests that run against the WAR deployed by Arquillian: the deployment,
 * the mail server it sends to, and HTTP clients for its public site and console. The test database
 * is {@link TestDatabase}; a class that stages its own SMTP server is marked {@link StagesItsOwnSmtp}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class FirmasIT {

    /** Started before each test class and stopped after it, so one class's mail never reaches the next. */
    @RegisterExtension
    protected static final TestSmtp SMTP = new TestSmtp();

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive firmas() {
        return FirmasWar.asBuilt();
    }

    /** Where the deployed application answers. */
    protected URI baseUri() {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public site, as a browser without JavaScript sees it. */
    protected PetitionSite site() {
        return new PetitionSite(baseUri());
    }

    /** A fresh organizer's browser on the console, holding no session yet. */
    protected ConsoleClient console() {
        return new ConsoleClient(baseUri());
    }

    /** The console, logged in as the administrator the test build creates. */
    protected ConsoleClient admin() {
        ConsoleClient admin = console();
        int status = admin.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status();
        if (status != 302) {
            throw new AssertionError("The administrator's login was answered " + status);
        }
        return admin;
    }

    /** Requests no browser would send, for tests about malformed input. */
    protected RawHttp rawHttp() {
        return new RawHttp(baseUri());
    }

    /** The mails the test mail server has received. */
    protected Mailbox mailbox() {
        return SMTP.mailbox();
    }
}
