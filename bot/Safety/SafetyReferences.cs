using System.Security.Cryptography;

namespace PartnershipBot.Safety;

/// <summary>
/// Reference numbers people can read out on the phone: "PV-" + the UTC date + six letters and digits without the
/// ones that look alike (0/O, 1/I/L, U). About 887 million per day, so a repeat is not a practical worry; the
/// unique index would refuse one anyway.
/// </summary>
public static class SafetyReferences
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset now)
    {
        Span<char> code = stackalloc char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"PV-{now.UtcDateTime:yyyyMMdd}-{code}";
    }
}
