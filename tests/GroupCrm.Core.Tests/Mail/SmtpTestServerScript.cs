namespace GroupCrm.Core.Tests.Mail;

/// <summary>
/// The Python side of <see cref="SmtpTestServer"/>: an aiosmtpd server that keeps each message it
/// accepts as an .eml file plus a JSON summary parsed by Python's own e-mail package (a MIME parser
/// that is not ours), with the client's port so a test can tell connections apart. "parse FILE"
/// prints the same summary for an .eml file written elsewhere.
/// </summary>
internal static class SmtpTestServerScript
{
    public const string Source = """
        import email, itertools, json, os, sys
        from email import policy

        def summary(raw):
            msg = email.message_from_bytes(raw, policy=policy.default)
            def addresses(name):
                header = msg[name]
                return [] if header is None else [{"address": a.addr_spec, "name": a.display_name} for a in header.addresses]
            parts = [{"type": p.get_content_type(), "charset": p.get_content_charset(), "text": p.get_content()}
                     for p in msg.walk() if not p.is_multipart()]
            return {"message_id": msg["Message-ID"], "subject": str(msg["Subject"]), "from": addresses("From"),
                    "to": addresses("To"), "cc": addresses("Cc"), "content_type": msg.get_content_type(), "parts": parts}

        if sys.argv[1] == "parse":
            with open(sys.argv[2], "rb") as f:
                print(json.dumps(summary(f.read())))
            sys.exit(0)

        from aiosmtpd.controller import Controller

        port, folder = int(sys.argv[1]), sys.argv[2]
        counter = itertools.count(1)

        class Keep:
            async def handle_DATA(self, server, session, envelope):
                name = os.path.join(folder, "%d-%06d" % (os.getpid(), next(counter)))
                with open(name + ".eml", "wb") as f:
                    f.write(envelope.original_content)
                data = summary(envelope.original_content)
                data.update(peer_port=session.peer[1], mail_from=envelope.mail_from, rcpt_tos=envelope.rcpt_tos)
                with open(name + ".tmp", "w") as f:
                    json.dump(data, f)
                os.replace(name + ".tmp", name + ".json")
                return "250 Message accepted for delivery"

        controller = Controller(Keep(), hostname="127.0.0.1", port=port)
        controller.start()
        print("ready", flush=True)
        sys.stdin.read()
        controller.stop()
        """;
}
