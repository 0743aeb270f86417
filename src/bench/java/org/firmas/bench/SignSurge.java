package org.firmas.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
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
import java.util.UUID;

/**
 * A signing surge through the real form: GET the campaign page, POST the form with the view
 * state and action the page gave, expect the 302 (a 200 would be a validation failure), GET the
 * thank-you page it points to. Each virtual user signs once with a fresh address. With -Drate,
 * signers arrive at that many a second whatever the server is doing (an open model); without it,
 * -Dusers signers sign again the moment their last round ends (a closed one).
 */
public class SignSurge extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final String CAMPAIGN = System.getProperty("campaign", "bench-surge");
    private static final int USERS = Integer.getInteger("users", 64);
    private static final Integer RATE = Integer.getInteger("rate");
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 30));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableFollowRedirect()
            .disableCaching()
            .shareConnections()
            .acceptLanguageHeader("es-US,es;q=0.9,en;q=0.5");

    private final ScenarioBuilder signing = scenario("sign round")
            .exec(session -> session.set("email", "bench-" + UUID.randomUUID() + "@example.net"))
            .exec(RoundTimes.start())
            .group("round").on(
                    http("campaign page").get("/campaigns/" + CAMPAIGN)
                            .check(status().is(200))
                            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
                            .check(css("form#sign", "action").saveAs("action")),
                    http("sign").post("#{action}")
                            .formParam("sign", "sign")
                            .formParam("sign:firstName", "Ana")
                            .formParam("sign:lastName", "Benchmark")
                            .formParam("sign:email", "#{email}")
                            .formParam("sign:zip", "19148")
                            .formParam("sign:submit", "Firmar")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .check(status().is(302))
                            .check(header("Location").saveAs("thanks")),
                    http("thank-you page").get("#{thanks}").check(status().is(200)))
            .exec(RoundTimes.end());

    @Override
    public void after() {
        RoundTimes.write();
    }

    {
        setUp(RATE == null ? signing.injectClosed(constantConcurrentUsers(USERS).during(LENGTH))
                : signing.injectOpen(constantUsersPerSec(RATE).during(LENGTH)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
