package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

class HardeningIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @TempDir
    Path dir;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (Api.Reply reply : new Api.Reply[] {scheduler.api().get("/"), scheduler.api().get("/health"),
                scheduler.api().get("/api/v1/stations"), scheduler.api().get("/api/v1/không-có")}) {
            assertEquals(SecurityHeaders.CSP, reply.header("Content-Security-Policy"), reply.toString());
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("DENY", reply.header("X-Frame-Options"));
        }
        assertEquals("no-store", scheduler.api().get("/api/v1/stations").header("Cache-Control"));
    }

    @Test
    void httpsFromPemFilesServesTheApiAndMarksCookiesSecure() throws Exception {
        Path cert = dir.resolve("loa-cert.pem");
        Path key = dir.resolve("loa-key.pem");
        writeSelfSigned(cert, key);
        Path data = dir.resolve("dữ liệu");
        var config = TestScheduler.config(data, Map.of("LOA_HTTP_TLS_CERT_PEM", cert.toString(),
                "LOA_HTTP_TLS_KEY_PEM", key.toString()));
        try (SchedulerApp app = SchedulerApp.start(config, Clock.systemUTC())) {
            assertTrue(app.url().startsWith("https://"), app.url());
            TestUsers.create(app.store(), "quantri", Role.ADMIN, null);
            HttpClient trusting = HttpClient.newBuilder().sslContext(trustEverything()).build();
            Api api = new Api("https://127.0.0.1:" + app.port(), trusting, null, null, null);
            Api.Reply health = api.get("/health");
            assertEquals(200, health.status());
            assertTrue(health.header("Strict-Transport-Security").startsWith("max-age="));
            Api.Reply login = api.post("/api/v1/session", new JsonObject().put("username", "quantri")
                    .put("password", TestUsers.PASSWORD));
            assertEquals(200, login.status(), login.toString());
            assertTrue(login.header("Set-Cookie").contains("Secure"), login.header("Set-Cookie"));
        }
    }

    private static void writeSelfSigned(Path certPem, Path keyPem) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(new SecureRandom().nextInt(Integer.MAX_VALUE)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        writePem(certPem, "CERTIFICATE", certificate.getEncoded());
        writePem(keyPem, "PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static SSLContext trustEverything() throws Exception {
        TrustManager[] trustAll = {new X509TrustManager() {
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
        }};
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new SecureRandom());
        return context;
    }
}
