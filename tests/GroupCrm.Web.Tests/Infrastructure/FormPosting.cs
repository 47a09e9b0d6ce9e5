using System.Net;
using System.Text.RegularExpressions;

namespace GroupCrm.Web.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static partial class FormPosting
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenInput().Match(html);
        if (!match.Success) throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts to <paramref name="url"/> with the token of the page at <paramref name="formPage"/> (default: the same URL).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts a multipart form with one file, as a browser sends an upload form.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(
        this HttpClient client, string url, string field, string fileName, byte[] content, string contentType,
        Dictionary<string, string>? fields = null, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url);
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? []) body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, field, fileName);
        return await client.PostAsync(url, body);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
