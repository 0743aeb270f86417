package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyRequestTest {

    @Test
    void aCharsetNoOneKnowsIsReadAsUtf8() {
        for (String charset : new String[] {"nope", "a b"}) {
            FormBodyRequest form = new FormBodyRequest(request(charset), "name=Mar%C3%ADa".getBytes(StandardCharsets.US_ASCII));

            assertEquals("María", form.getParameter("name"), charset);
        }
    }

    @Test
    void aCharsetThePageNamedIsKept() {
        FormBodyRequest form = new FormBodyRequest(request("ISO-8859-1"), "name=Mar%EDa".getBytes(StandardCharsets.US_ASCII));

        assertEquals("María", form.getParameter("name"));
    }

    /** A form post with no query string whose body the filter has already read. */
    private static HttpServletRequest request(String characterEncoding) {
        return (HttpServletRequest) Proxy.newProxyInstance(FormBodyRequestTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCharacterEncoding" -> characterEncoding;
                    case "getParameterMap" -> Map.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
