package org.firmas.organizer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginPageHomeTest {

    @Test
    void aPartnerLandsOnItsOwnPageAndEveryoneElseOnTheCampaigns() {
        assertEquals("/organize/partner.xhtml", LoginPage.homeOf(true));
        assertEquals("/organize/index.xhtml", LoginPage.homeOf(false));
    }
}
