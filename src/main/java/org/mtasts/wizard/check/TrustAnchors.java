package org.mtasts.wizard.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The roots a check trusts: the system's (the JDK's trust store, as a sending MTA would use its
 * platform's), plus the CA certificates of an optional PEM file (for staging hosts and tests).
 * Public for the other TLS clients of the app (the IMAP import in {@code reports}), so every
 * connection trusts the same roots.
 */
public final class TrustAnchors {
    private final X509TrustManager trustManager;
    private final int extraCount;

    private TrustAnchors(X509TrustManager trustManager, int extraCount) {
        this.trustManager = trustManager;
        this.extraCount = extraCount;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    int extraCount() {
        return extraCount;
    }

    /** A TLS context that validates with these anchors (TLS 1.2 and 1.3 are enabled per socket). */
    public SSLContext sslContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trustManager}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no usable TLS implementation", e);
        }
    }

    /** The system's roots plus those in {@code caFile} (a PEM file; null for none). */
    public static TrustAnchors load(Path caFile) throws InvalidSettingsException {
        try {
            TrustManagerFactory system = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            system.init((KeyStore) null);
            X509TrustManager systemTm = x509(system.getTrustManagers());
            if (caFile == null) {
                return new TrustAnchors(systemTm, 0);
            }
            Collection<? extends Certificate> extra = readPem(caFile);
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (X509Certificate c : systemTm.getAcceptedIssuers()) {
                ks.setCertificateEntry("system-" + i++, c);
            }
            int n = 0;
            for (Certificate c : extra) {
                ks.setCertificateEntry("extra-" + n++, c);
            }
            TrustManagerFactory merged = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            merged.init(ks);
            return new TrustAnchors(x509(merged.getTrustManagers()), n);
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidSettingsException("the trust store could not be prepared: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> readPem(Path caFile) throws InvalidSettingsException {
        if (Files.isDirectory(caFile)) {
            throw new InvalidSettingsException("CA file " + caFile + " is a directory, not a PEM file");
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certs =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new InvalidSettingsException("CA file " + caFile + " holds no PEM certificate");
            }
            return certs;
        } catch (NoSuchFileException e) {
            throw new InvalidSettingsException("CA file " + caFile + " does not exist");
        } catch (IOException e) {
            throw new InvalidSettingsException("CA file " + caFile + " cannot be read: " + e.getMessage());
        } catch (CertificateException e) {
            throw new InvalidSettingsException("CA file " + caFile + " is not a PEM file of certificates");
        }
    }

    private static X509TrustManager x509(TrustManager[] tms) throws GeneralSecurityException {
        for (TrustManager tm : tms) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }
}
