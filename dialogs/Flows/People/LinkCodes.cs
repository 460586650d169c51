using System.Security.Cryptography;
using System.Text;

namespace PartnershipBot.Dialogs.Flows.People;

/// <summary>
/// The form of a link code: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), typed in any
/// case, with or without spaces and dashes. Only its SHA-256 is stored: with 32^8 possible codes, ten minutes of
/// life and a single use, a plain hash is enough to keep a code read from the database useless.
/// </summary>
public static class LinkCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxPerHour = 5;

    /// <summary>The code as typed, upper case without separators; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        var code = new string([.. (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code) ?? code)));

    /// <summary>Shown as ABCD-EFGH, easier to read out and type.</summary>
    public static string Display(string code) => $"{code[..4]}-{code[4..]}";
}
