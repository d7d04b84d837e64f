package org.mtasts.wizard.reports;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.TrustAnchors;

/**
 * One IMAP import: connect (TLS, or STARTTLS required; the server's certificate checked against the
 * JDK's roots plus the optional CA file, and its name against the host, as the checks do), open the
 * folder read-only, and walk its messages in batches. Only the structure of each message and its
 * report parts are fetched, so a folder of other mail costs little; a message larger than 15 MiB
 * is refused by its size before any of it is fetched.
 */
final class ImapImport {
    private static final int BATCH = 200;
    private static final String CONNECT_TIMEOUT_MS = "20000";
    private static final String READ_TIMEOUT_MS = "60000";

    private final ImapSource source;
    private final ReportImporter.Tally tally;

    ImapImport(ImapSource source, ReportImporter.Tally tally) {
        this.source = source;
        this.tally = tally;
    }

    void run(char[] password) {
        String where = source.display();
        TrustAnchors trust;
        try {
            trust = TrustAnchors.load(source.caFile());
        } catch (InvalidSettingsException e) {
            tally.problem(where, e.getMessage());
            return;
        }
        Session session = Session.getInstance(settings(trust));
        try (Store store = session.getStore(source.security().scheme())) {
            store.connect(source.host(), source.port(), source.user(), new String(password));
            Folder folder = store.getFolder(source.folder());
            if (!folder.exists()) {
                tally.problem(where, "there is no folder \"" + source.folder() + "\" on " + source.host());
                return;
            }
            folder.open(Folder.READ_ONLY);
            try {
                readFolder(folder);
            } finally {
                folder.close(false);
            }
        } catch (AuthenticationFailedException e) {
            tally.problem(where, "the server refused the user name or password (" + ReportImporter.reason(e) + ")");
        } catch (MessagingException e) {
            tally.problem(where, describe(e));
        }
    }

    private Properties settings(TrustAnchors trust) {
        String p = "mail." + source.security().scheme() + ".";
        Properties props = new Properties();
        props.put(p + "connectiontimeout", CONNECT_TIMEOUT_MS);
        props.put(p + "timeout", READ_TIMEOUT_MS);
        props.put(p + "writetimeout", CONNECT_TIMEOUT_MS);
        // The app's trust (JDK roots plus --ca-file) and RFC 6125 name checking on the server.
        props.put(p + "ssl.socketFactory", trust.sslContext().getSocketFactory());
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "ssl.protocols", "TLSv1.3 TLSv1.2");
        if (source.security() == ImapSource.Security.STARTTLS) {
            // Never log in over plain text: without STARTTLS the connection is refused.
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        // Only AUTHENTICATE PLAIN and LOGIN, both inside TLS; no SASL mechanisms from the JDK.
        props.put(p + "auth.mechanisms", "PLAIN LOGIN");
        return props;
    }

    private void readFolder(Folder folder) throws MessagingException {
        int count = folder.getMessageCount();
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(FetchProfile.Item.SIZE);
        for (int first = 1; first <= count && !tally.cancelled(); first += BATCH) {
            Message[] batch = folder.getMessages(first, Math.min(count, first + BATCH - 1));
            folder.fetch(batch, profile);
            for (Message m : batch) {
                if (tally.cancelled()) {
                    return;
                }
                String name = source.display() + ", message " + m.getMessageNumber();
                tally.listener.reading(name, m.getMessageNumber(), count);
                readMessage(m, name);
            }
        }
    }

    private void readMessage(Message m, String name) throws MessagingException {
        try {
            if (m.getSize() > Limits.MAX_MESSAGE_BYTES) {
                tally.problem(name, "larger than " + Limits.MESSAGE_LIMIT + " (the limit for one message); not read");
                return;
            }
            tally.apply(ReportImporter.attachments(name, MailReports.reports(m), false));
        } catch (FolderClosedException | StoreClosedException e) {
            throw e; // the connection is gone: the import ends with one message
        } catch (MessagingException | IOException | RuntimeException e) {
            tally.problem(name, "not a readable mail message (" + ReportImporter.reason(e) + "); not read");
        }
    }

    /** One sentence for a connection that failed, by its cause. */
    private String describe(MessagingException e) {
        String hostPort = source.host() + ":" + source.port();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "cannot find the server " + source.host() + " (no such host name)";
            }
            if (t instanceof ConnectException) {
                return "cannot connect to " + hostPort + " (" + ReportImporter.reason((Exception) t) + ")";
            }
            if (t instanceof SocketTimeoutException) {
                return hostPort + " did not answer in time";
            }
            if (t instanceof CertificateException || t instanceof SSLException) {
                return "the TLS connection to " + hostPort + " failed: the server's certificate is not trusted or"
                        + " does not name " + source.host() + " (" + ReportImporter.reason((Exception) t)
                        + "); a private CA can be added with --ca-file";
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.startsWith("Can't verify identity of server")) {
                return "the TLS certificate of " + hostPort + " does not name " + source.host();
            }
            if (m.contains("STARTTLS is required") || m.contains("STARTTLS required")) {
                return hostPort + " does not offer STARTTLS, and the password is never sent without TLS";
            }
        }
        return "the IMAP session with " + hostPort + " failed (" + ReportImporter.reason(e) + ")";
    }
}
