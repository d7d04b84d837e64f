#!/usr/bin/env python3
"""Builds TLS report messages (RFC 8460 §5.3) for the end-to-end IMAP, Maildir and mbox import.

    tlsrpt_mail.py OUT_DIR

writes OUT_DIR/imap/*.eml (to be delivered into the IMAP mailbox), OUT_DIR/Maildir (cur/new/tmp)
and OUT_DIR/reports.mbox, and prints the expected totals as JSON: per source the distinct
reports and the summaries' successful and failed sessions for the policy domain. One report is
in both the Maildir and the mbox, so importing both must count it once.
"""
import datetime
import gzip
import json
import mailbox
import os
import sys
from email.message import EmailMessage
from email.policy import SMTP

DOMAIN = "reports-e2e.test"
POLICY = ["version: STSv1", "mode: testing", "mx: mx1.reports-e2e.test", "max_age: 86400"]


def report(org, day, ok, failed, details=()):
    start = datetime.datetime(2026, 11, day, tzinfo=datetime.timezone.utc)
    end = start + datetime.timedelta(seconds=86399)
    return {
        "organization-name": org,
        "date-range": {
            "start-datetime": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end-datetime": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "contact-info": "tlsrpt@" + org,
        "report-id": "%s-%s-2026-11-%02d" % (org, DOMAIN, day),
        "policies": [{
            "policy": {"policy-type": "sts", "policy-string": POLICY, "policy-domain": DOMAIN,
                       "mx-host": ["mx1.reports-e2e.test"]},
            "summary": {"total-successful-session-count": ok, "total-failure-session-count": failed},
            "failure-details": list(details),
        }],
    }


def message(r, gz=True, fold=False):
    """A multipart/report (report-type=tlsrpt) with a text part and the report (RFC 8460 §5.3)."""
    org = r["organization-name"]
    start = r["date-range"]["start-datetime"]
    ts = int(datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
             .replace(tzinfo=datetime.timezone.utc).timestamp())
    m = EmailMessage(policy=SMTP)
    m["From"] = "noreply-smtp-tls-reporting@" + org
    m["To"] = "tlsrpt@" + DOMAIN
    subject = "Report Domain: %s Submitter: %s Report-ID: <%s>" % (DOMAIN, org, r["report-id"])
    m["Subject"] = subject
    m["TLS-Report-Domain"] = DOMAIN
    m["TLS-Report-Submitter"] = org
    m["Message-ID"] = "<%s@%s>" % (r["report-id"], org)
    m["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    m.set_content("This is an aggregate TLS report from %s.\n" % org)
    body = json.dumps(r, indent=None).encode()
    name = "%s!%s!%d!%d!%s" % (org, DOMAIN, ts, ts + 86399, r["report-id"][-2:])
    if gz:
        m.add_attachment(gzip.compress(body), maintype="application", subtype="tlsrpt+gzip",
                         filename=name + ".json.gz")
    else:
        m.add_attachment(body, maintype="application", subtype="tlsrpt+json", filename=name + ".json")
    # EmailMessage makes multipart/mixed; RFC 8460 §5.3 asks for multipart/report; report-type=tlsrpt.
    m.replace_header("Content-Type", m.get("Content-Type").replace("multipart/mixed", "multipart/report"))
    m.set_param("report-type", "tlsrpt")
    raw = m.as_bytes()
    if fold:
        # A folded Subject, as long headers arrive from real reporters.
        raw = raw.replace(b"Subject: Report Domain: " + DOMAIN.encode(),
                          b"Subject: Report Domain: " + DOMAIN.encode() + b"\r\n ", 1)
    return raw


def totals(reports):
    return {
        "reports": len({(r["organization-name"], r["report-id"]) for r in reports}),
        "successful": sum(p["summary"]["total-successful-session-count"] for r in {r["report-id"]: r for r in reports}.values() for p in r["policies"]),
        "failed": sum(p["summary"]["total-failure-session-count"] for r in {r["report-id"]: r for r in reports}.values() for p in r["policies"]),
    }


def main(out):
    expired = {"result-type": "certificate-expired", "sending-mta-ip": "198.51.100.7",
               "receiving-mx-hostname": "mx1.reports-e2e.test", "receiving-ip": "192.0.2.25",
               "failed-session-count": 2}
    imap = [report("google.com", 1, 120, 0), report("google.com", 2, 95, 2, [expired]),
            report("microsoft.com", 1, 40, 0), report("yahoo.com", 2, 7, 0)]
    os.makedirs(os.path.join(out, "imap"), exist_ok=True)
    for i, r in enumerate(imap):
        with open(os.path.join(out, "imap", "%02d.eml" % i), "wb") as f:
            f.write(message(r, gz=(i != 3), fold=(i == 1)))
    shared = report("comcast.net", 3, 300, 1, [dict(expired, **{"result-type": "starttls-not-supported",
                                                                 "failed-session-count": 1})])
    maildir_reports = [report("google.com", 3, 130, 0), shared]
    mbox_reports = [report("microsoft.com", 3, 44, 0), shared]
    md = mailbox.Maildir(os.path.join(out, "Maildir"), create=True)
    for i, r in enumerate(maildir_reports):
        msg = mailbox.MaildirMessage(message(r, gz=True))
        if i == 0:
            msg.set_subdir("cur")
            msg.add_flag("S")
        md.add(msg)
    mb = mailbox.mbox(os.path.join(out, "reports.mbox"), create=True)
    for r in mbox_reports:
        mb.add(mailbox.mboxMessage(message(r, gz=True)))
    mb.flush()
    mb.close()
    print(json.dumps({"domain": DOMAIN, "imap": totals(imap), "disk": totals(maildir_reports + mbox_reports),
                      "imap_messages": len(imap)}))


if __name__ == "__main__":
    main(sys.argv[1])
