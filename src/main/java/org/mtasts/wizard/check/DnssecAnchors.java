package org.mtasts.wizard.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The DNSSEC trust anchors a check validates from (RFC 4033 §3, RFC 4035 §4.3): the IANA root
 * anchors shipped as {@code root-anchors.txt} (KSK-2017, key tag 20326, and KSK-2024, key tag
 * 38696), or the DS/DNSKEY records of a file named in {@link CheckSettings#trustAnchorFile()}, for
 * tests and private roots. Read once by {@link Checker#create}, so a bad file is a settings error
 * before anything starts; every run gets its own validator over these bytes.
 */
final class DnssecAnchors {
    static final String ROOT_RESOURCE = "root-anchors.txt";

    private final byte[] zoneText;
    private final String description;
    private final Name firstOwner;

    private DnssecAnchors(byte[] zoneText, String description, Name firstOwner) {
        this.zoneText = zoneText;
        this.description = description;
        this.firstOwner = firstOwner;
    }

    /** The owner of the first anchor ({@code .} for the root anchors). */
    Name firstOwner() {
        return firstOwner;
    }

    /** The anchors as zone-file text, ready for {@code ValidatingResolver.loadTrustAnchors}. */
    InputStream open() {
        return new ByteArrayInputStream(zoneText);
    }

    /** Where the anchors come from and what they are, for evidence. */
    String description() {
        return description;
    }

    static DnssecAnchors load(Path file) throws InvalidSettingsException {
        if (file == null) {
            return root();
        }
        if (Files.isDirectory(file)) {
            throw new InvalidSettingsException("trust anchor file " + file + " is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSettingsException("trust anchor file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidSettingsException("trust anchor file " + file + " cannot be read: " + e.getMessage());
        }
        List<Record> anchors = parse(bytes, "trust anchor file " + file);
        return new DnssecAnchors(
                bytes,
                "trust anchors from " + file + ": " + describe(anchors),
                anchors.get(0).getName());
    }

    private static DnssecAnchors root() {
        try (InputStream in = DnssecAnchors.class.getResourceAsStream(ROOT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ROOT_RESOURCE + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            List<Record> anchors = parse(bytes, ROOT_RESOURCE);
            return new DnssecAnchors(
                    bytes,
                    "the IANA root trust anchors: " + describe(anchors),
                    anchors.get(0).getName());
        } catch (IOException | InvalidSettingsException e) {
            throw new IllegalStateException("the shipped root trust anchors cannot be read", e);
        }
    }

    /** The DS and DNSKEY records of zone-file text; anything else in it is ignored, as the validator does. */
    private static List<Record> parse(byte[] bytes, String what) throws InvalidSettingsException {
        List<Record> out = new ArrayList<>();
        try (Master m = new Master(new ByteArrayInputStream(bytes), Name.root, 0)) {
            for (Record r = m.nextRecord(); r != null; r = m.nextRecord()) {
                if (r.getType() == Type.DS || r.getType() == Type.DNSKEY) {
                    out.add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingsException(what + " is not a zone file of DS or DNSKEY records: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new InvalidSettingsException(what + " holds no DS or DNSKEY record");
        }
        return out;
    }

    private static String describe(List<Record> anchors) {
        List<String> parts = new ArrayList<>();
        for (Record r : anchors) {
            String owner = r.getName().equals(Name.root) ? "." : DnsClient.stripDot(r.getName());
            String tag = r instanceof DSRecord ds
                    ? " key tag " + ds.getFootprint()
                    : " key tag " + ((DNSKEYRecord) r).getFootprint();
            parts.add(owner + " " + Type.string(r.getType()) + tag);
        }
        return String.join(", ", parts);
    }
}
