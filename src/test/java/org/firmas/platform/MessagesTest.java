package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sentence that speaks of a count says it as its language does: one form for 1 and another
 * for 0, 2 and 1,000 in English and Spanish, with each language's digit grouping.
 */
class MessagesTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            progress.spoken                  | 0 signatures out of 100 | 1 signature out of 100 | 2 signatures out of 100 | 1,000 signatures out of 100
            mail.batch.newInDelivery         | 0 new signatures in this delivery | 1 new signature in this delivery | 2 new signatures in this delivery | 1,000 new signatures in this delivery
            mail.batch.inAll                 | 0 signatures in all | 1 signature in all | 2 signatures in all | 1,000 signatures in all
            mail.batch.newFromAreaInDelivery | 0 new signatures from York residents in this delivery | 1 new signature from York residents in this delivery | 2 new signatures from York residents in this delivery | 1,000 new signatures from York residents in this delivery
            mail.confirm.expiry              | This link works for 0 days. If you did not sign, ignore this mail: nothing will be counted. | This link works for 1 day. If you did not sign, ignore this mail: nothing will be counted. | This link works for 2 days. If you did not sign, ignore this mail: nothing will be counted. | This link works for 1,000 days. If you did not sign, ignore this mail: nothing will be counted.
            organize.login.throttled         | Too many failed attempts. Please wait 0 minutes and try again. | Too many failed attempts. Please wait 1 minute and try again. | Too many failed attempts. Please wait 2 minutes and try again. | Too many failed attempts. Please wait 1,000 minutes and try again.
            organize.moderation.hidden       | 0 signatures hidden. | 1 signature hidden. | 2 signatures hidden. | 1,000 signatures hidden.
            organize.moderation.released     | 0 signatures released. | 1 signature released. | 2 signatures released. | 1,000 signatures released.
            organize.moderation.affected     | no signature | 1 signature | 2 signatures | 1,000 signatures
            organize.deliveries.status.RETRYING | retrying (0 attempts, next at 10:00) | retrying (1 attempt, next at 10:00) | retrying (2 attempts, next at 10:00) | retrying (1,000 attempts, next at 10:00)
            organize.update.recipients       | No one would receive it now. | 1 supporter would receive it now. | 2 supporters would receive it now. | 1,000 supporters would receive it now.
            accessibility.report.answer      | We answer within 0 days. | We answer within 1 day. | We answer within 2 days. | We answer within 1,000 days.
            """)
    void english(String key, String zero, String one, String two, String thousand) {
        assertCounts(EN, key, zero, one, two, thousand);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            progress.spoken                  | 0 firmas de 100 | 1 firma de 100 | 2 firmas de 100 | 1.000 firmas de 100
            mail.batch.newInDelivery         | 0 firmas nuevas en esta entrega | 1 firma nueva en esta entrega | 2 firmas nuevas en esta entrega | 1.000 firmas nuevas en esta entrega
            mail.batch.inAll                 | 0 firmas en total | 1 firma en total | 2 firmas en total | 1.000 firmas en total
            mail.batch.newFromAreaInDelivery | 0 firmas nuevas de residentes de York en esta entrega | 1 firma nueva de residentes de York en esta entrega | 2 firmas nuevas de residentes de York en esta entrega | 1.000 firmas nuevas de residentes de York en esta entrega
            mail.confirm.expiry              | Este enlace funciona durante 0 días. Si usted no firmó, ignore este correo: no se contará nada. | Este enlace funciona durante 1 día. Si usted no firmó, ignore este correo: no se contará nada. | Este enlace funciona durante 2 días. Si usted no firmó, ignore este correo: no se contará nada. | Este enlace funciona durante 1.000 días. Si usted no firmó, ignore este correo: no se contará nada.
            organize.login.throttled         | Demasiados intentos fallidos. Espere 0 minutos e inténtelo de nuevo. | Demasiados intentos fallidos. Espere 1 minuto e inténtelo de nuevo. | Demasiados intentos fallidos. Espere 2 minutos e inténtelo de nuevo. | Demasiados intentos fallidos. Espere 1.000 minutos e inténtelo de nuevo.
            organize.moderation.hidden       | 0 firmas ocultadas. | 1 firma ocultada. | 2 firmas ocultadas. | 1.000 firmas ocultadas.
            organize.moderation.released     | 0 firmas liberadas. | 1 firma liberada. | 2 firmas liberadas. | 1.000 firmas liberadas.
            organize.moderation.affected     | ninguna firma | 1 firma | 2 firmas | 1.000 firmas
            organize.deliveries.status.RETRYING | reintentando (0 intentos; el próximo: 10:00) | reintentando (1 intento; el próximo: 10:00) | reintentando (2 intentos; el próximo: 10:00) | reintentando (1.000 intentos; el próximo: 10:00)
            organize.update.recipients       | Nadie la recibiría ahora. | 1 simpatizante la recibiría ahora. | 2 simpatizantes la recibirían ahora. | 1.000 simpatizantes la recibirían ahora.
            accessibility.report.answer      | Respondemos en un plazo de 0 días. | Respondemos en un plazo de 1 día. | Respondemos en un plazo de 2 días. | Respondemos en un plazo de 1.000 días.
            """)
    void spanish(String key, String zero, String one, String two, String thousand) {
        assertCounts(ES, key, zero, one, two, thousand);
    }

    /** Brazilian Portuguese counts one as singular (and, by its CLDR rules, zero too, but "0 assinaturas" is how people write it). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            progress.spoken            | 0 assinaturas de 100 | 1 assinatura de 100 | 2 assinaturas de 100 | 1.000 assinaturas de 100
            mail.batch.newInDelivery   | 0 novas assinaturas nesta entrega | 1 nova assinatura nesta entrega | 2 novas assinaturas nesta entrega | 1.000 novas assinaturas nesta entrega
            mail.confirm.expiry        | Este link funciona por 0 dias. Se você não assinou, ignore este e-mail: nada será contado. | Este link funciona por 1 dia. Se você não assinou, ignore este e-mail: nada será contado. | Este link funciona por 2 dias. Se você não assinou, ignore este e-mail: nada será contado. | Este link funciona por 1.000 dias. Se você não assinou, ignore este e-mail: nada será contado.
            organize.update.recipients | Ninguém receberia agora. | 1 apoiador receberia agora. | 2 apoiadores receberiam agora. | 1.000 apoiadores receberiam agora.
            """)
    void portuguese(String key, String zero, String one, String two, String thousand) {
        assertCounts(Locale.forLanguageTag("pt-BR"), key, zero, one, two, thousand);
    }

    /** Thousands are grouped as on the pages' own figures: a comma in English, a point in Spanish. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 12,345 signatures in all
            es | 12.345 firmas en total
            pt | 12.345 assinaturas no total
            """)
    void largerCountsAreGroupedAsEachLanguageDoes(String language, String expected) {
        assertEquals(expected, Messages.format(Locale.forLanguageTag(language), "mail.batch.inAll", 12_345));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Petition: Shut down Berks — 1 new signature | Final delivery of the petition: Shut down Berks — 1,000 signatures from York residents in all
            es | Petición: Shut down Berks — 1 firma nueva | Entrega final de la petición: Shut down Berks — 1.000 firmas de residentes de York en total
            """)
    void batchSubjects(String language, String first, String lastFromArea) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals(first, Messages.format(locale, "mail.batch.subject", "Shut down Berks", 1));
        assertEquals(lastFromArea, Messages.format(locale, "mail.batch.finalSubjectArea", "Shut down Berks", 1000, "York"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | in 1 minute and | in 5 minutes and
            es | dentro de 1 minuto y | dentro de 5 minutos y
            """)
    void theThanksPageSaysHowManyMinutes(String language, String one, String five) {
        Locale locale = Locale.forLanguageTag(language);
        assertContains(one, Messages.format(locale, "thanks.tooSoon", 1));
        assertContains(five, Messages.format(locale, "thanks.tooSoon", 5));
    }

    private static void assertCounts(Locale locale, String key, String zero, String one, String two, String thousand) {
        assertEquals(zero, format(locale, key, 0));
        assertEquals(one, format(locale, key, 1));
        assertEquals(two, format(locale, key, 2));
        assertEquals(thousand, format(locale, key, 1000));
    }

    private static String format(Locale locale, String key, long count) {
        return key.equals("progress.spoken") ? Messages.format(locale, key, count, 100)
                : Messages.format(locale, key, count, key.endsWith("RETRYING") ? "10:00" : "York");
    }

    private static void assertContains(String part, String text) {
        if (!text.contains(part)) {
            assertEquals(part, text);
        }
    }
}
