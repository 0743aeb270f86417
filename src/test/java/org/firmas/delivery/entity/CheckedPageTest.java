package org.firmas.delivery.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.platform.Languages;
import org.junit.jupiter.api.Test;

/** The accessibility statement names each kind of page the audits check, in every language, and names no other. */
class CheckedPageTest {

    @Test
    void everyKindOfPageIsNamedInEachLanguagesOwnBundleInWordsOfItsOwn() {
        for (String language : Languages.all()) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.firmas.i18n.messages", Locale.forLanguageTag(language));
            List<String> names = Arrays.stream(CheckedPage.values()).map(page -> bundle.getString(page.messageKey())).toList();

            assertEquals(names.size(), names.stream().distinct().count(), language + ": " + names);
            names.forEach(name -> assertFalse(name.isBlank(), language + ": " + names));
        }
    }

    @Test
    void theStatementListsThePagesFromTheSharedListAlone() throws Exception {
        String statement = Files.readString(Path.of("src/main/webapp/accessibility.xhtml"));

        assertEquals(1, statement.split("accessibilityPage.checkedPages", -1).length - 1, statement);
        String bundle = Files.readString(Path.of("src/main/resources/org/firmas/i18n/messages.properties"));
        assertEquals(CheckedPage.values().length, bundle.lines().filter(line -> line.startsWith("accessibility.page.")).count(),
                "one name per kind of page, and none for a page that is not checked");
    }
}
