# A mail sink for the delivery benchmark: an aiosmtpd server on loopback that accepts every message and
# appends one line per message to a log (Message-ID, size in bytes, recipients, top-level content type),
# so the benchmark can count what arrived and find duplicates. It reads only the headers, so the sink stays
# far faster than the rate it measures. Usage: python3 smtp_sink.py PORT LOGFILE; prints "ready", stops on EOF.
import sys
from email.parser import BytesHeaderParser
from aiosmtpd.controller import Controller

port, log_path = int(sys.argv[1]), sys.argv[2]
log = open(log_path, "a", encoding="utf-8", buffering=1)
parser = BytesHeaderParser()


class Sink:
    async def handle_DATA(self, server, session, envelope):
        headers = parser.parsebytes(envelope.original_content)
        log.write("%s\t%d\t%d\t%s\n" % (headers.get("Message-ID", "").strip(), len(envelope.original_content),
                                        len(envelope.rcpt_tos), headers.get_content_type()))
        return "250 Message accepted for delivery"


# Letters of 30 KB and more: aiosmtpd's default DATA limit (33,554,432 bytes) is far above them.
controller = Controller(Sink(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
log.close()
