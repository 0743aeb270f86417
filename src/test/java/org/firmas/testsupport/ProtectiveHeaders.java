package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The headers every answer of Firmas carries over plain HTTP, and a way to read its answers over HTTPS. */
public final class ProtectiveHeaders {

    private ProtectiveHeaders() {
    }

    /** Scripts only from the site, no framing, no referrer to other sites, nothing about the server. */
    public static void assertKeepsScriptsFramesAndReferrersOut(String kind, RawHttp.Answer answer) {
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("frame-ancestors 'none'"), kind + ": " + policy);
        String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertEquals("'self'", scripts.strip(), kind + ": scripts only from the site itself, none inline");
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), kind);
        assertTrue(List.of("no-referrer", "same-origin").contains(answer.header("Referrer-Policy")), kind);
        assertNull(answer.header("Server"), kind + ": Server header");
        assertNull(answer.header("X-Powered-By"), kind + ": X-Powered-By header");
        assertNull(answer.header("Strict-Transport-Security"), kind + ": no HSTS over plain HTTP");
    }

    /** Payara Micro's HTTPS listener presents its own self-signed certificate; only tests talk to it. */
    public static void trustTheServersOwnCertificate(HttpsURLConnection https) throws Exception {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {anyCertificate}, null);
        https.setSSLSocketFactory(context.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
    }
}
