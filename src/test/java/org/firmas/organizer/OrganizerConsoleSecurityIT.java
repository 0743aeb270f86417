package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The console's defences, seen from outside: password guessing, session fixation, logout and
 * the back button, one organizer reaching for another's campaign, forged posts, hostile Markdown.
 */
class OrganizerConsoleSecurityIT extends FirmasIT {

    private static final String WRONG = "not the password at all";

    @Test
    void repeatedWrongPasswordsSlowTheGuesserButNeverKeepTheOwnerOut() throws Exception {
        String organizer = OrganizerAccounts.newOrganizer("Guessed");
        ConsoleClient guesser = console();
        for (int attempt = 1; attempt <= 5; attempt++) {
            ConsoleClient.Response refused = guesser.logIn(organizer, WRONG);
            assertEquals(200, refused.status());
            assertTrue(refused.text().contains("The email or password is not correct."), refused.text());
        }

        ConsoleClient.Response slowed = guesser.logIn(organizer, WRONG);
        ConsoleClient.Response stillSlowed = guesser.logIn(organizer, OrganizerAccounts.PASSWORD);

        assertTrue(slowed.text().contains("Too many failed attempts"), slowed.text());
        assertTrue(stillSlowed.text().contains("Too many failed attempts"), "the guesser's next try is refused whatever it holds");
        assertEquals(302, guesser.get("organize/").status(), "still not logged in");
        ConsoleClient owner = console().fromAddress("127.0.0.2");
        ConsoleClient.Response ownerLogin = owner.logIn(organizer, OrganizerAccounts.PASSWORD);
        assertEquals(302, ownerLogin.status(), "the owner, from an address that has not failed, logs in at once: " + ownerLogin.text());
        assertEquals(200, owner.get("organize/").status());
        ConsoleClient.Response otherAccount = console().logIn(OrganizerAccounts.newOrganizer("Unaffected"), OrganizerAccounts.PASSWORD);
        assertEquals(302, otherAccount.status(), "another account from the guesser's address still logs in");
    }

    @Test
    void aBrowserThatLoggedInBeforeGetsPastAGuesserOnTheSameAddress() {
        // One address for everyone, as behind a proxy not in FIRMAS_TRUSTED_PROXIES; not 127.0.0.1, which the other tests need.
        String shared = "127.0.0.3";
        String organizer = OrganizerAccounts.newOrganizer("Office");
        ConsoleClient browser = console().fromAddress(shared);
        ConsoleClient.Response first = browser.logIn(organizer, OrganizerAccounts.PASSWORD);
        assertEquals(302, first.status(), first.text());
        browser.submit(browser.get("organize/"), "logout", Map.of(), "submit");

        ConsoleClient guesser = console().fromAddress(shared);
        int failures = 0;
        for (ConsoleClient.Response guess = null; guess == null || !guess.text().contains("Too many failed attempts"); failures++) {
            assertTrue(failures <= 200, "the address is never slowed");
            // The organizer's own account first, until it counts as guessed; then others.
            guess = guesser.logIn(failures < 5 ? organizer : "nobody-" + UUID.randomUUID() + "@example.org", WRONG);
        }
        assertTrue(failures > 5, "counted per address, not per account: " + failures);

        ConsoleClient.Response again = browser.logIn(organizer, OrganizerAccounts.PASSWORD);
        assertEquals(302, again.status(), "the browser with the device cookie logs in at once: " + again.text());
        assertEquals(200, browser.get("organize/").status());
        String value = browser.cookie("firmas_device");
        String setCookie = first.header("Set-Cookie");
        assertTrue(setCookie.contains("firmas_device="), setCookie);
        String deviceCookie = setCookie.substring(setCookie.indexOf("firmas_device=")).split(", [A-Za-z]+=")[0];
        assertTrue(deviceCookie.contains("HttpOnly") && deviceCookie.contains("SameSite=Strict") && deviceCookie.contains("Max-Age=31536000")
                && deviceCookie.contains("/organize;") && !deviceCookie.contains("Secure"), deviceCookie);
        assertTrue(!value.contains(organizer) && !value.contains(organizer.substring(0, organizer.indexOf('@'))),
                "the cookie does not name the account: " + value);
        ConsoleClient.Response withoutCookie = console().fromAddress(shared).logIn(organizer, OrganizerAccounts.PASSWORD);
        assertTrue(withoutCookie.text().contains("Too many failed attempts"), "the address waits: " + withoutCookie.text());
        ConsoleClient forger = console().fromAddress(shared);
        forger.useCookie("firmas_device", value.substring(0, value.length() - 1) + (value.endsWith("0") ? "1" : "0"));
        assertTrue(forger.logIn(organizer, OrganizerAccounts.PASSWORD).text().contains("Too many failed attempts"),
                "a modified cookie counts as absent");
        ConsoleClient otherAccount = console().fromAddress(shared);
        otherAccount.useCookie("firmas_device", value);
        assertTrue(otherAccount.logIn(OrganizerAccounts.newOrganizer("Neighbour"), OrganizerAccounts.PASSWORD).text()
                .contains("Too many failed attempts"), "a cookie vouches for its own account only");
    }

    @Test
    void aStolenDeviceCookieBuysOnlyAFewGuesses() {
        String shared = "127.0.0.4";
        String organizer = OrganizerAccounts.newOrganizer("Robbed");
        ConsoleClient browser = console().fromAddress(shared);
        assertEquals(302, browser.logIn(organizer, OrganizerAccounts.PASSWORD).status());
        ConsoleClient thief = console().fromAddress("127.0.0.5");
        thief.useCookie("firmas_device", browser.cookie("firmas_device"));

        int failures = 0;
        for (ConsoleClient.Response guess = null; guess == null || !guess.text().contains("Too many failed attempts"); failures++) {
            assertTrue(failures <= 50, "the thief is never slowed");
            guess = thief.logIn(organizer, WRONG);
        }

        assertTrue(failures <= 7, "a few per device, then as anyone else at a guessed account: " + failures);
        assertTrue(thief.logIn(organizer, OrganizerAccounts.PASSWORD).text().contains("Too many failed attempts"));
    }

    @Test
    void theSessionIdPlantedBeforeLoginIsWorthNothingAfterIt() {
        ConsoleClient console = console();
        console.get("organize/login.xhtml");
        String beforeLogin = console.sessionId();
        assertNotNull(beforeLogin, "the login form keeps its state in a session");

        ConsoleClient.Response loggedIn = console.logIn(OrganizerAccounts.newOrganizer("Rotated"), OrganizerAccounts.PASSWORD);

        assertEquals(302, loggedIn.status());
        assertNotEquals(beforeLogin, console.sessionId());
        assertTrue(loggedIn.header("Set-Cookie").contains("HttpOnly"), loggedIn.header("Set-Cookie"));
        assertTrue(loggedIn.header("Set-Cookie").toLowerCase(Locale.ROOT).contains("samesite=lax"), loggedIn.header("Set-Cookie"));
        assertEquals(200, console.get("organize/").status());
        ConsoleClient attacker = console();
        attacker.useSessionId(beforeLogin);
        assertEquals(302, attacker.get("organize/").status(), "the old id is not logged in");
    }

    @Test
    void afterLogoutTheBackButtonShowsNothing() {
        ConsoleClient console = loggedIn(OrganizerAccounts.newOrganizer("Leaving"));
        ConsoleClient.Response campaigns = console.get("organize/");
        assertEquals(200, campaigns.status());
        assertEquals("no-store", campaigns.header("Cache-Control"), "the browser keeps no copy to go back to");
        String session = console.sessionId();

        ConsoleClient.Response loggedOut = console.submit(campaigns, "logout", Map.of(), "submit");

        assertEquals(302, loggedOut.status());
        assertTrue(loggedOut.location().contains("/organize/login.xhtml"), loggedOut.location());
        ConsoleClient.Response back = console.get("organize/");
        assertEquals(302, back.status());
        assertTrue(back.location().contains("/organize/login.xhtml"), back.location());
        ConsoleClient replay = console();
        replay.useSessionId(session);
        assertEquals(302, replay.get("organize/").status(), "the ended session cannot be replayed");
    }

    @Test
    void anOrganizerCannotReachAnotherOrganizersCampaign() {
        ConsoleClient ana = loggedIn(OrganizerAccounts.newOrganizer("Ana"));
        long campaign = ConsoleCampaignForm.bilingual(slug("ana")).createWith(ana);
        ConsoleClient bea = loggedIn(OrganizerAccounts.newOrganizer("Bea"));
        String[] urls = {"organize/dashboard.xhtml?id=" + campaign, "organize/edit.xhtml?id=" + campaign,
                "organize/preview/" + campaign, "organize/yaml/" + campaign + ".yaml",
                "organize/signatures/" + campaign + ".csv", "organize/deliveries.xhtml?id=" + campaign,
                "organize/moderation.xhtml?id=" + campaign};

        for (String url : urls) {
            ConsoleClient.Response refused = bea.get(url);
            assertEquals(403, refused.status(), url);
            assertTrue(refused.text().contains("Not yours to see"), refused.text());
        }
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM export_audit WHERE campaign_id = ?", campaign));
        assertTrue(!bea.get("organize/").body().contains("Fund the library"), "not even listed");

        assertEquals(200, ana.get(urls[0]).status());
        assertEquals(200, ana.get(urls[3]).status());
        assertEquals(200, loggedIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).get(urls[0]).status(),
                "an admin sees every campaign");
    }

    @Test
    void onlyAnAdminReachesTheAccounts() {
        ConsoleClient organizer = loggedIn(OrganizerAccounts.newOrganizer("Curious"));
        assertEquals(200, organizer.get("organize/").status(), "logged in");

        ConsoleClient.Response refused = organizer.get("organize/accounts.xhtml");

        assertEquals(403, refused.status());
        assertTrue(!refused.body().contains("newAccount"), "no account form: " + refused.body());
        ConsoleClient.Response admin = loggedIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"))
                .get("organize/accounts.xhtml");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("newAccount"), admin.body());
    }

    @Test
    void anAdminGivesACampaignToAnotherOrganizer() {
        ConsoleClient ana = loggedIn(OrganizerAccounts.newOrganizer("Giver"));
        long campaign = ConsoleCampaignForm.bilingual(slug("given")).createWith(ana);
        String beaEmail = OrganizerAccounts.newOrganizer("Taker");
        ConsoleClient bea = loggedIn(beaEmail);
        assertEquals(403, bea.get("organize/dashboard.xhtml?id=" + campaign).status());

        ConsoleClient admin = loggedIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        ConsoleClient.Response dashboard = admin.get("organize/dashboard.xhtml?id=" + campaign);
        String beaId = dashboard.document().select("form#owner option").stream()
                .filter(option -> option.text().equals(beaEmail)).findFirst().orElseThrow().attr("value");
        ConsoleClient.Response given = admin.act(dashboard, "owner", Map.of("ownerId", beaId), "assign");

        assertTrue(given.text().contains("The campaign has a new owner."), given.text());
        assertEquals(200, bea.get("organize/dashboard.xhtml?id=" + campaign).status());
        assertEquals(403, ana.get("organize/dashboard.xhtml?id=" + campaign).status(), "one owner at a time");
        long hers = ConsoleCampaignForm.bilingual(slug("kept")).createWith(ana);
        assertTrue(ana.get("organize/dashboard.xhtml?id=" + hers).document().select("form#owner").isEmpty(),
                "only admins give campaigns away");
    }

    @Test
    void aPostWithoutTheViewStateThePageWasGivenChangesNothing() {
        ConsoleClient ana = loggedIn(OrganizerAccounts.newOrganizer("Forged"));
        long campaign = ConsoleCampaignForm.bilingual(slug("forged")).createWith(ana);
        ConsoleClient.Response dashboard = ana.get("organize/dashboard.xhtml?id=" + campaign);
        String action = dashboard.document().selectFirst("form#lifecycle").attr("action");

        ConsoleClient.Response forged = ana.post(action, Map.of("lifecycle", "lifecycle",
                "lifecycle:publish", "Publish", "jakarta.faces.ViewState", "-123456789:987654321"));
        ConsoleClient.Response claimingNoState = ana.post(action, Map.of("lifecycle", "lifecycle",
                "lifecycle:publish", "Publish", "jakarta.faces.ViewState", "stateless"));
        ConsoleClient.Response withoutState = ana.post(action, Map.of("lifecycle", "lifecycle", "lifecycle:publish", "Publish"));

        assertEquals(400, forged.status());
        assertTrue(forged.text().contains("The page expired"), forged.text());
        assertEquals(400, claimingNoState.status(), "a page that keeps its state is not restored from none");
        assertTrue(claimingNoState.text().contains("The page expired"), claimingNoState.text());
        assertEquals(403, withoutState.status(), "without a view state it is no postback, and the bare page names no campaign");
        assertTrue(ana.get("organize/yaml/" + campaign + ".yaml").body().startsWith("status: draft\n"), "still a draft");
        assertEquals(404, console().get("campaigns/" + slugOf(campaign)).status(), "still invisible to the public");
    }

    @Test
    void hostileMarkdownIsShownAsHarmlessText() {
        ConsoleClient ana = loggedIn(OrganizerAccounts.newOrganizer("Hostile"));
        long campaign = ConsoleCampaignForm.bilingual(slug("hostile"))
                .with("body_en", "Hello <script>alert('body')</script> <img src=x onerror=\"alert('img')\">\n\n"
                        + "[click me](javascript:alert('link')) <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">raw</a>")
                .createWith(ana);

        ConsoleClient.Response preview = ana.get("organize/preview/" + campaign);

        assertEquals(200, preview.status());
        Document page = preview.document();
        Element body = page.selectFirst(".campaign-body");
        assertNotNull(body, preview.body());
        assertTrue(body.select("script, img, [onerror], [onclick]").isEmpty(), body.html());
        for (Element link : page.select("a[href]")) {
            assertTrue(!link.attr("href").toLowerCase().startsWith("javascript:"), link.outerHtml());
        }
        assertTrue(body.text().contains("<script>alert('body')</script>"), "shown as text: " + body.text());
    }

    private ConsoleClient loggedIn(String email) {
        return loggedIn(email, OrganizerAccounts.PASSWORD);
    }

    private ConsoleClient loggedIn(String email, String password) {
        ConsoleClient console = console();
        ConsoleClient.Response response = console.logIn(email, password);
        assertEquals(302, response.status(), response.text());
        return console;
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String slugOf(long campaign) {
        return TestDatabase.text("SELECT slug FROM campaign WHERE id = ?", campaign);
    }
}
