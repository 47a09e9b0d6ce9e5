using System.Text;
using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>Files are judged by their first bytes and their size, never by their names.</summary>
public sealed class UploadedFileCheckTests
{
    [Fact]
    public void A_real_pdf_png_and_jpeg_are_accepted_as_what_they_are()
    {
        UploadedFileCheck.Check(SampleFiles.Pdf()).ShouldBe(new FileCheckResult("application/pdf", ".pdf", null));
        UploadedFileCheck.Check(SampleFiles.Png()).ShouldBe(new FileCheckResult("image/png", ".png", null));
        UploadedFileCheck.Check(SampleFiles.Jpeg()).ShouldBe(new FileCheckResult("image/jpeg", ".jpg", null));
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0\u0004\0This program cannot be run in DOS mode.")] // a Windows program renamed .pdf
    [InlineData("<html><body><script>alert(1)</script>%PDF-1.4</body></html>")] // a web page called .pdf
    [InlineData("Business licence 91310000MA1FL0001X\n")] // plain text
    [InlineData(" %PDF-1.4\n")] // the right magic, one byte too late
    [InlineData("%PDF")] // cut short
    [InlineData("GIF89a")] // an image, but not an accepted kind
    public void Anything_else_is_refused_whatever_it_is_called(string content)
    {
        var result = UploadedFileCheck.Check(Encoding.Latin1.GetBytes(content));

        result.Accepted.ShouldBeFalse();
        result.Error.ShouldBe("Only PDF, JPEG and PNG files are accepted; this file is none of them (its name says nothing about its content).");
        result.ContentType.ShouldBeNull();
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        UploadedFileCheck.Check([]).Error.ShouldBe("The file is empty.");

    [Fact]
    public void Ten_megabytes_is_the_limit_inclusive()
    {
        UploadedFileCheck.Check(PdfOfSize(10 * 1024 * 1024)).Accepted.ShouldBeTrue();
        UploadedFileCheck.Check(PdfOfSize(10 * 1024 * 1024 + 1)).Error.ShouldBe("The file is larger than 10 MB.");
    }

    [Fact]
    public async Task Reading_stops_one_byte_past_the_limit_however_much_the_sender_sends()
    {
        var endless = new EndlessStream();

        var bytes = await UploadedFileCheck.ReadLimitedAsync(endless);

        bytes.Length.ShouldBe(UploadedFileCheck.MaxBytes + 1);
        endless.Served.ShouldBe(UploadedFileCheck.MaxBytes + 1);
        UploadedFileCheck.Check(bytes).Error.ShouldBe("The file is larger than 10 MB.");
    }

    [Fact]
    public async Task A_small_file_is_read_whole()
    {
        var pdf = SampleFiles.Pdf("read me");
        (await UploadedFileCheck.ReadLimitedAsync(new MemoryStream(pdf))).ShouldBe(pdf);
    }

    [Fact]
    public void The_sample_files_are_well_formed()
    {
        var pdf = Encoding.ASCII.GetString(SampleFiles.Pdf("Hello (world)"));
        pdf.ShouldStartWith("%PDF-1.4\n");
        pdf.ShouldContain("(Hello \\(world\\)) Tj");
        pdf.TrimEnd().ShouldEndWith("%%EOF");
        var xref = int.Parse(pdf.Split("startxref\n")[1].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        pdf[xref..].ShouldStartWith("xref\n0 6\n");
        var png = SampleFiles.Png(3, 2);
        png[12..16].ShouldBe("IHDR"u8.ToArray());
        png[16..24].ShouldBe(new byte[] { 0, 0, 0, 3, 0, 0, 0, 2 });
        png[^8..^4].ShouldBe("IEND"u8.ToArray());
        SampleFiles.Jpeg()[^2..].ShouldBe(new byte[] { 0xFF, 0xD9 });
    }

    private static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A sender that never stops: counts what was taken from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'%');
            Served += count;
            return count;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
