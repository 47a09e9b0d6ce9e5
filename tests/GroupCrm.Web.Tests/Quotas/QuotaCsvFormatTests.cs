using GroupCrm.Web.Pages.Quotas;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>How the quota exports write cells: quoted when they must be, formulas defused, figures left as figures.</summary>
public sealed class QuotaCsvFormatTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("上海乐邻便利连锁", "上海乐邻便利连锁")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("-3", "-3")]
    [InlineData("", "")]
    public void A_cell_is_written_so_a_spreadsheet_reads_it_as_written(string value, string written) =>
        QuotaCsv.Cell(value).ShouldBe(written);

    [Fact]
    public void A_file_starts_with_the_byte_order_mark_and_ends_each_row_with_CRLF()
    {
        var bytes = QuotaCsv.Write([["人员", "a,b"], ["1", ""]]);

        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes[3..]).ShouldBe("人员,\"a,b\"\r\n1,\r\n");
    }
}
