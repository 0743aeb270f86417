package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a server whose own default language is Spanish, an English page, mail or validation message
 * is still English: Java's bundle lookup falls back to the default locale before the base bundle.
 */
class EnglishBundlesTest {

    private Locale serverDefault;

    @BeforeEach
    void serverSpeaksSpanish() {
        serverDefault = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es-US"));
        ResourceBundle.clearCache();
    }

    @AfterEach
    void restoreServerLanguage() {
        Locale.setDefault(serverDefault);
        ResourceBundle.clearCache();
    }

    @ParameterizedTest
    @CsvSource({
        "org.firmas.i18n.messages, site.skip, Skip to content",
        "org.firmas.i18n.faces, jakarta.faces.component.UIInput.REQUIRED, This field is required.",
        "ValidationMessages, firmas.firstName.required, Please enter your first name."
    })
    void englishIsAskedForAndEnglishIsFound(String bundle, String key, String english) {
        assertEquals(english, ResourceBundle.getBundle(bundle, Locale.ENGLISH).getString(key));
        assertEquals(english, ResourceBundle.getBundle(bundle, Locale.US).getString(key));
    }
}
