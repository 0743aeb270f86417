package org.firmas.response.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.firmas.campaign.entity.Target;
import org.firmas.response.entity.ResponseText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An official's response as an organizer types it: what is recorded, and what is refused and where. */
class ResponseCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final List<Target> TARGETS = List.of(
            new Target("Office of the Mayor", "Mayor", "mayor@city.example.org", null, "es"),
            new Target("Council", "City Council", "council@city.example.org", null, "en"));

    private static ResponseCheck.Input input(String target, String date, String language, String text, Map<String, String> translations,
                                             String link) {
        return new ResponseCheck.Input(target, date, language, text, translations, link);
    }

    @Test
    void aCompleteResponseIsRecordedForTheTargetItNames() {
        ResponseCheck.Result result = ResponseCheck.check(input(" Mayor@City.example.org ", "2026-12-01", "es",
                " Recibimos su petición. ", Map.of("en", " We received your petition. ", "pt", "Recebemos a sua petição.", "es", " "),
                "https://city.example.org/letter.pdf"), TARGETS, TODAY);

        assertEquals(new ResponseCheck.Valid(new ResponseText("mayor@city.example.org", "Office of the Mayor",
                LocalDate.of(2026, 12, 1), "es", "Recibimos su petición.",
                Map.of("en", "We received your petition.", "pt", "Recebemos a sua petição."),
                "https://city.example.org/letter.pdf")), result);
    }

    @Test
    void translationAndLinkAreOptional() {
        ResponseCheck.Result result = ResponseCheck.check(input("council@city.example.org", "2026-12-06", "en", "No.", Map.of("es", ""), " "),
                TARGETS, TODAY);

        ResponseText recorded = assertInstanceOf(ResponseCheck.Valid.class, result).response();
        assertEquals(Map.of(), recorded.translations());
        assertEquals(null, recorded.documentUrl());
        assertEquals("No.", recorded.textIn("es"));
    }

    @Test
    void everyProblemIsNamedByItsField() {
        ResponseCheck.Result result = ResponseCheck.check(input("someone@else.example.org", "yesterday", "fr", "  ", Map.of("pt", "x".repeat(20_001)),
                "javascript:alert(1)"), TARGETS, TODAY);

        assertEquals(new ResponseCheck.Invalid(Map.of(
                "target", "organize.response.error.target",
                "receivedOn", "organize.response.error.date",
                "language", "organize.response.error.language",
                "text", "organize.response.error.textRequired",
                "translation_pt", "organize.response.error.textTooLong",
                "link", "organize.response.error.link")), result);
    }

    @Test
    void aPortugueseResponseMayBeTranslatedIntoEveryOtherLanguageButNotIntoItsOwn() {
        ResponseCheck.Result result = ResponseCheck.check(input("council@city.example.org", "2026-12-06", "pt", "Recebemos.",
                Map.of("en", "Received.", "es", "Recibida.", "pt", "Recebida."), null), TARGETS, TODAY);

        assertEquals(new ResponseCheck.Invalid(Map.of("translation_pt", "organize.response.error.translationOwnLanguage")), result);
        ResponseText recorded = assertInstanceOf(ResponseCheck.Valid.class, ResponseCheck.check(input("council@city.example.org",
                "2026-12-06", "pt", "Recebemos.", Map.of("es", "Recibida."), null), TARGETS, TODAY)).response();
        assertEquals("Recibida.", recorded.textIn("es"));
        assertEquals("Recebemos.", recorded.textIn("en"));
        assertEquals(true, recorded.shownInOriginalTo("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07", "1999-12-31"})
    void aDateInTheFutureOrLongAgoIsRefused(String date) {
        assertEquals(new ResponseCheck.Invalid(Map.of("receivedOn", "organize.response.error.dateRange")),
                ResponseCheck.check(input("council@city.example.org", date, "en", "Yes.", null, null), TARGETS, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://city.example.org/x", "data:text/html,hi", "https://", "/relative/path", "https://user@city.example.org/",
            "https://city.example.org/a b", "city.example.org/letter"})
    void onlyAWebAddressIsALink(String link) {
        assertEquals(false, ResponseCheck.isWebLink(link), link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://city.example.org/letter.pdf", "http://city.example.org", "HTTPS://city.example.org/a?b=c#d"})
    void aWebAddressIsALink(String link) {
        assertEquals(true, ResponseCheck.isWebLink(link), link);
    }
}
