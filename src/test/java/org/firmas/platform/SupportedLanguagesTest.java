package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguagesTest {

    private static final List<String> SHIPPED = List.of("en", "es");

    @Test
    void aBrowserFromMexicoGetsSpanish() {
        assertEquals("es", SupportedLanguages.choose(null, null, "es-MX,es;q=0.9", SHIPPED));
    }

    @Test
    void theBrowsersWeightsDecideNotTheOrderOfTheHeader() {
        assertEquals("es", SupportedLanguages.choose(null, null, "en;q=0.2, es-US;q=0.8", SHIPPED));
        assertEquals("en", SupportedLanguages.choose(null, null, "es;q=0, en;q=0.1", SHIPPED));
    }

    @Test
    void aBrowserAskingOnlyForLanguagesNotShippedGetsTheDefault() {
        assertEquals("en", SupportedLanguages.choose(null, null, "de-DE,de;q=0.9", SHIPPED));
        assertEquals("en", SupportedLanguages.choose(null, null, "*", SHIPPED));
    }

    @Test
    void aLaterSupportedLanguageOfTheBrowserWinsOverTheDefault() {
        assertEquals("es", SupportedLanguages.choose(null, null, "de-DE, fr;q=0.8, es;q=0.5", SHIPPED));
    }

    @Test
    void noHeaderOrAMalformedOneGetsTheDefaultWhateverTheServersOwnLocale() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            assertEquals("en", SupportedLanguages.choose(null, null, null, SHIPPED));
            assertEquals("en", SupportedLanguages.choose(null, null, "", SHIPPED));
            assertEquals("en", SupportedLanguages.choose(null, null, "xx_bad;;", SHIPPED));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void theSwitchLinkWinsThenTheRememberedChoiceAndUnknownOnesAreIgnored() {
        assertEquals("en", SupportedLanguages.choose("en", "es", "es-MX", SHIPPED));
        assertEquals("es", SupportedLanguages.choose(null, "es", "en-US", SHIPPED));
        assertEquals("es", SupportedLanguages.choose("fr", "es", "en-US", SHIPPED));
        assertEquals("es", SupportedLanguages.choose("fr", "de", "es-MX", SHIPPED));
    }

    @Test
    void aLanguageAddedToTheConfigurationIsFoundWithoutCode() {
        assertEquals("pt", SupportedLanguages.choose(null, null, "pt-BR,pt;q=0.9,en;q=0.5", List.of("en", "es", "pt")));
    }

    @Test
    void aHeaderAskedAgainGetsTheSameAnswerAndEachListOfLanguagesItsOwn() {
        for (int round = 0; round < 2; round++) {
            assertEquals("es", SupportedLanguages.choose(null, null, "pt-BR, es;q=0.5", SHIPPED), "round " + round);
            assertEquals("pt", SupportedLanguages.choose(null, null, "pt-BR, es;q=0.5", List.of("en", "es", "pt")), "round " + round);
            assertEquals("en", SupportedLanguages.choose(null, null, "xx_bad;;", SHIPPED), "round " + round);
        }
    }
}
