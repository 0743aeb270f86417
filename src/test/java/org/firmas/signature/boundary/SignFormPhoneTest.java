package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phone field's rule, read from the constraint Bean Validation applies to the form. */
class SignFormPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "+1 (215) 555-0100", "215.555.0100", "2155550100", "+52 55 1234 5678",
            "(215) 555-0100 ", "555 0100", "+44 20 7946 0958"})
    void phoneNumbersAsPeopleWriteThemPass(String phone) throws Exception {
        assertTrue(phone.matches(rule()), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"((((", "----", "+", "()", "215 555\n0100", "215 555 0100\n", "215\t555 0100", "12345",
            "+1 215 555 0100 2155550100", "215 555 0100 ext. 7", "<script>alert(1)</script>", "=1+1", "+1+1+1+1+1+1"})
    void anythingElseFails(String phone) throws Exception {
        assertFalse(phone.matches(rule()), phone);
    }

    private static String rule() throws NoSuchFieldException {
        return SignForm.class.getDeclaredField("phone").getAnnotation(Pattern.class).regexp();
    }
}
