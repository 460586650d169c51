using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Tests.Teams.Support;

/// <summary>
/// Locally generated RSA keys published as a JWKS the way login.botframework.com does: "endorsed" carries the
/// channel endorsements (as Microsoft's keys do, every public channel: Teams, Web Chat, Direct Line, Emulator), "unendorsed" none; "stranger" is never published (bad signatures, unknown kids).
/// </summary>
public sealed class TestKeys : IDisposable
{
    public const string EndorsedKid = "endorsed-key";
    public const string UnendorsedKid = "unendorsed-key";
    public const string UnknownKid = "kid-nobody-published";
    public const string RotatedKid = "rotated-key";

    private readonly RSA _endorsed = RSA.Create(2048);
    private readonly RSA _unendorsed = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);
    private readonly RSA _rotated = RSA.Create(2048);

    /// <summary>Publishes one more endorsed key, as a key rollover at login.botframework.com would.</summary>
    public bool Rotated { get; set; }

    public string Jwks()
    {
        var keys = new JsonArray(Jwk(_endorsed, EndorsedKid, new JsonArray("msteams", "emulator", "webchat", "directline")), Jwk(_unendorsed, UnendorsedKid, null));
        if (Rotated)
        {
            keys.Add(Jwk(_rotated, RotatedKid, new JsonArray("msteams")));
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    /// <summary>A token as the Bot Connector mints it; every argument can be bent for one case of the matrix.</summary>
    public string Token(
        string audience,
        string? serviceUrl,
        string issuer = "https://api.botframework.com",
        DateTime? notBefore = null,
        DateTime? expires = null,
        string kid = EndorsedKid,
        bool signWithStranger = false,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var key = kid switch
        {
            EndorsedKid when !signWithStranger => _endorsed,
            UnendorsedKid when !signWithStranger => _unendorsed,
            RotatedKid when !signWithStranger => _rotated,
            _ => _stranger,
        };
        var payload = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddMinutes(30),
            Claims = payload,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose()
    {
        _endorsed.Dispose();
        _unendorsed.Dispose();
        _stranger.Dispose();
        _rotated.Dispose();
    }

    private static JsonObject Jwk(RSA rsa, string kid, JsonArray? endorsements)
    {
        var parameters = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
