using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Visits.Recording;

/// <summary>Visit photos: JPEG and PNG by content, 5 MB at most, read no further than one byte past the limit.</summary>
public sealed class PhotoCheckTests
{
    [Fact]
    public void Jpeg_and_png_are_accepted_and_a_pdf_is_not()
    {
        PhotoCheck.Check(SampleFiles.Jpeg()).ContentType.ShouldBe("image/jpeg");
        PhotoCheck.Check(SampleFiles.Png()).ContentType.ShouldBe("image/png");
        PhotoCheck.Check(SampleFiles.Pdf()).Error.ShouldBe(PhotoCheck.WrongKindMessage);
    }

    [Fact]
    public async Task Reading_stops_one_byte_past_5_MB()
    {
        var big = new MemoryStream(new byte[PhotoCheck.MaxBytes * 2]);

        var bytes = await PhotoCheck.ReadAsync(big);

        bytes.Length.ShouldBe(PhotoCheck.MaxBytes + 1);
        PhotoCheck.Check(bytes).Error.ShouldBe(PhotoCheck.TooLargeMessage);
    }
}
