package org.firmas.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form post whose body {@link PercentEscapeFilter} has already read: its fields are decoded
 * here, after those of the query string, in the character set the request has when a field is
 * first asked for (UTF-8, the pages' own, unless a page said otherwise).
 */
final class FormBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;

    FormBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = Collections.unmodifiableMap(merged());
        }
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    private Map<String, List<String>> bodyFields(Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf((byte) '&', start);
            int equals = indexOfBefore((byte) '=', start, end);
            if (end > start) {
                String name = decode(start, equals < 0 ? end : equals, charset);
                String value = equals < 0 ? "" : decode(equals + 1, end, charset);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        return fields;
    }

    private Map<String, String[]> merged() {
        Charset charset = charsetOf(getRequest().getCharacterEncoding());
        Map<String, List<String>> all = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values)));
        bodyFields(charset).forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        Map<String, String[]> result = new LinkedHashMap<>();
        all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
        return result;
    }

    /** The request's character set, or UTF-8 when it names none or one no one knows ({@code charset=nope}). */
    private static Charset charsetOf(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return StandardCharsets.UTF_8;
        }
    }

    private String decode(int from, int to, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                bytes.write(PercentEscapeFilter.hex(body[i + 1]) * 16 + PercentEscapeFilter.hex(body[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toString(charset);
    }

    private int indexOf(byte wanted, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return body.length;
    }

    private int indexOfBefore(byte wanted, int from, int to) {
        int at = indexOf(wanted, from);
        return at < to ? at : -1;
    }
}
