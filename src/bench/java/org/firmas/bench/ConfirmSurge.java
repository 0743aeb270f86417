package org.firmas.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Confirmation rounds: open the link from a confirmation mail (the SMTP sink collected the
 * tokens), press Confirm, follow the redirect. Each token is used once.
 */
public class ConfirmSurge extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final String TOKENS = System.getProperty("tokens", "target/bench/tokens.csv");
    private static final int USERS = Integer.getInteger("users", 64);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 20));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableFollowRedirect()
            .disableCaching()
            .shareConnections();

    private final ScenarioBuilder confirming = scenario("confirm round")
            .feed(csv(TOKENS).queue())
            .exec(RoundTimes.start())
            .group("round").on(
                    http("confirm page").get("/confirm/#{token}")
                            .check(status().is(200))
                            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                            .check(css("form#confirm", "action").saveAs("action")),
                    http("confirm").post("#{action}")
                            .formParam("confirm", "confirm")
                            .formParam("confirm:submit", "Confirm")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .check(status().is(302))
                            .check(header("Location").saveAs("confirmed")),
                    http("confirmed page").get("#{confirmed}").check(status().is(200)))
            .exec(RoundTimes.end());

    @Override
    public void after() {
        RoundTimes.write();
    }

    {
        setUp(confirming.injectClosed(constantConcurrentUsers(USERS).during(LENGTH)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
