using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Intake.Core.Console;

/// <summary>
/// Writes password hashes in the format of ASP.NET Core Identity's PasswordHasher (version 3: PBKDF2-HMAC-SHA512,
/// 100,000 iterations, 128-bit salt, 256-bit key), so the console verifies them with PasswordHasher itself.
/// This project has no reference to Microsoft.Extensions.Identity.Core; the format is public and stable.
/// </summary>
public static class StaffPasswordHash
{
    /// <summary>The shortest password accepted anywhere: add-staff, a change, an admin reset.</summary>
    public const int MinimumLength = 12;
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;
    private const uint Sha512 = 2; // KeyDerivationPrf.HMACSHA512

    public static string Create(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, KeySize);
        var output = new byte[13 + SaltSize + KeySize];
        output[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), Sha512);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), Iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), SaltSize);
        salt.CopyTo(output, 13);
        key.CopyTo(output, 13 + SaltSize);
        return Convert.ToBase64String(output);
    }

    /// <summary>A password to print once: 20 characters from an alphabet without look-alikes (about 115 bits).</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
