using System.Globalization;
using System.Threading.RateLimiting;
using EntityGraph.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EntityGraph.GraphApi.Security;

/// <summary>
/// Per-key request budget (<see cref="SecurityOptions.RequestsPerMinute"/>, a fixed one-minute window from .NET's rate
/// limiting library): requests are counted per presented key id, or per client address without a key. Over budget is
/// RATE_LIMITED (HTTP 429) with Retry-After.
/// </summary>
internal sealed class RequestRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public RequestRateLimiter(IOptions<SecurityOptions> options)
    {
        var permits = options.Value.RequestsPerMinute;
        if (permits > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(
                partition,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
        }
    }

    /// <summary>Null when the request may go on, else the seconds after which to retry.</summary>
    public int? TryAdmit(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(Partition(http));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
    }

    public void Dispose() => _limiter?.Dispose();

    private static string Partition(HttpContext http) =>
        ApiKeySecrets.TryParse(PresentedKey.Of(http.Request), out var keyId, out _)
            ? "key:" + keyId
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public static string Seconds(int seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
