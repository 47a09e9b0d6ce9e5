using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GroupCrm.Web.Infrastructure;

/// <summary>Writes /health as JSON: the overall status and one entry per check (database, scheduler).</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
