using Microsoft.AspNetCore.Http;

namespace Intake.Core.Web;

/// <summary>Reads a request body up to a limit, so that no route holds more in memory than it will take in.</summary>
public static class BoundedRequestBody
{
    /// <summary>The whole body, or null when it is larger than <paramref name="maxBytes"/> (by its Content-Length or as read).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
